#! English held-out articles, news: invented news and people.

=== en-live-snooker-final
lang: en
outlet: The Sheffield Racket
title: World Snooker Championship final live: Okafor leads Brannigan 11-6 in the evening session
caption: Tunde Okafor lines up a long red during the afternoon session at the Crucible.
link: https://example.co.uk/sport/snooker/world-final-live-day-two
author: Martin Deakin
date: 2029-05-06 21:40:00
tags: Snooker, World Championship, Sport
options: time=prefix bullet=•
> Tunde Okafor is seven frames away from a first world title after a ruthless afternoon session gave him an 11-6 lead over the defending champion, Callum Brannigan, going into the final evening of the championship in Sheffield. The 24-year-old from Leeds won five of the last six frames before the interval.
> Brannigan, who beat Okafor in the semi-final two years ago, admitted he hadn’t “found a rhythm all day” and said he would need “a couple of big breaks early doors” to stay in the match. The first to 18 frames takes the trophy and a cheque for £500,000.
kp: Key moments
* Okafor makes a 139 clearance, the highest break of the final
* Brannigan complains about a “bouncy” cushion on the baulk end
* Okafor: “I don’t look at the scoreboard”
## 21:32 | Okafor 13-8 Brannigan
> Two more frames to the challenger and the gap is five. Brannigan had a chance to pinch frame 21 with the pink on its spot but overcut it by a fraction, and Okafor tidied up with the kind of composure that belongs to someone who has played in ten world finals rather than none.
> The 138 seats nearest the table have been sold out since January, and the atmosphere has become noticeably quieter as Brannigan’s supporters wait for something to cheer. A man in the back row has just shouted “Come on Cal!” and received a round of applause for it.
## 21:05 | “I don’t look at the scoreboard”
> Okafor spoke briefly to the broadcaster during the mid-session interval. “I don’t look at the scoreboard, honestly. I look at the next red and the cue ball and that’s it. Callum’s the best match player in the world, so if I start counting frames he’ll be in my head before I know it.”
> The Leeds player is coached by the former professional Dougie Reid, who sits in the front row with a notebook he has not opened all evening. Asked earlier in the week what was in it, Reid said: “Shopping lists, mostly.”
## 20:41 | Brannigan complains about a ‘bouncy’ cushion
> There was a brief delay in frame 19 when Brannigan asked the referee, Anna Kowalczyk, to look at the cushion on the baulk end. He said the ball had “jumped” off it twice in the afternoon. The tournament director, Phil Summers, came out to inspect the table and declared it in order.
> 3 minutes later play resumed, and Brannigan won the frame with a break of 71, his best of the day. Whether the cushion had anything to do with it is anyone’s guess, but it was the first time since lunch that the champion looked like the champion.
## 19:58 | Okafor makes a 139 clearance: highest break of the final
> The challenger opened the evening session with a total clearance of 139, the highest break of the final so far and the third highest of the tournament. It started with a long red into the bottom corner that drew gasps from the crowd and ended with a cheeky double on the black.
> The highest break of the championship is still the 143 made by Jonas Eriksen in the first round, which is worth an extra £15,000. Okafor would need a 144 or better to take it, which isn’t impossible on a table playing this quickly.
## 19:02 | Evening session preview: what Brannigan needs
> The Crucible record for a comeback in a final is from 9-16 down, and nobody has done it since 1985. Brannigan needs to win 12 of the next 18 frames at most, and a 7-1 session would level things up before the last day. His manager, Steve Orme, said at lunch that “stranger things have happened”, though he couldn’t name one.

=== en-live-ferry-grounding
lang: en
outlet: Highland Wire
title: Ferry aground off Mull: all 212 passengers taken off safely, says MCA
caption: The MV Lord of the Isles sits on rocks south of Craignure at low tide.
link: https://example.co.uk/news/scotland/ferry-aground-mull-live
author:
date: 2029-08-14 13:10:00
tags: Scotland, Ferries, CalMac, Mull
options: time=prefix bullet=-
> All 212 passengers and 31 crew have been taken off a ferry that ran aground on rocks south of Craignure on the Isle of Mull early this morning, the Maritime and Coastguard Agency (MCA) has confirmed. Nobody was seriously hurt, although four people were treated for minor injuries at the scene.
> The vessel, which was sailing from Oban with 48 cars and three lorries on board, struck the rocks at about 06:40 in calm weather and good visibility. The operator has cancelled all sailings to Mull for the rest of the day and said an investigation would begin “as soon as the ship is safe”.
kp: What we know so far
* 212 passengers and 31 crew safely ashore
* Four people treated for minor injuries
* Marine Accident Investigation Branch sends inspectors
* Mull sailings cancelled until at least Friday
## 12 minutes ago | Mull sailings cancelled until at least Friday
> The operator has just said there will be no sailings between Oban and Craignure until Friday at the earliest. A smaller vessel will run a passenger-only service from Lochaline to Fishnish from 4pm, with priority given to islanders with medical appointments and to lorries carrying food and fuel.
> Shops in Tobermory have already started asking customers not to panic-buy. “We had a delivery on Tuesday, we’re fine for bread and milk till the weekend,” said Morag Lamont, who runs the Co-op on Main Street. “It’s the tourists who’ll be stuck, not us.”
## 1 hour ago | Marine Accident Investigation Branch sends inspectors
> The Marine Accident Investigation Branch (MAIB) said two inspectors were travelling to Oban and would board the ship once it had been declared stable. The agency can’t apportion blame, but its reports often lead to changes in training and equipment across the industry.
> The MAIB last investigated a grounding on the same route in 2011, when a smaller ferry touched the bottom near Duart Point. Its report at the time recommended a second officer on the bridge for every departure from Oban before 7am.
## 2 hours ago | ‘We heard a bang and then the coffee went everywhere’
> Passengers who were brought ashore at Craignure have been describing the moment the ferry struck. “We heard a bang and then the coffee went everywhere,” said Priya Nair, who was travelling with her two children to a holiday cottage near Fionnphort. “The crew were brilliant. Nobody shouted, nobody ran.”
> 72-year-old Hamish Dunlop, from Dervaig, said he had been making the crossing for half a century. “I’ve never felt the ship stop like that. You feel it in your knees before you hear it. Then the captain came on and said we were aground, which we’d worked out for ourselves.”
## 3 hours ago | Four people treated for minor injuries
> The Scottish Ambulance Service said four people had been assessed for cuts and bruises and one for a suspected broken wrist. None needed to go to hospital in Oban, a spokesperson said, although a helicopter from the coastguard base at Prestwick had been on standby until 8am.
## 4 hours ago | Lifeboats from Oban and Tobermory at the scene
> The RNLI launched both its Oban and Tobermory lifeboats shortly after 06:45, along with local fishing boats and a fish farm workboat. The passengers were taken off in groups of 12 and landed at the Craignure pier, where the village hall was opened to provide tea and blankets.

=== en-live-leasehold-lords
lang: en
outlet: Parliament Today
title: Leasehold Reform Bill live: Lords defeat Govt on ground rents by 41 votes
caption: Peers file through the division lobbies on the third day of report stage.
link: https://example.co.uk/politics/leasehold-bill-lords-live
author: Sarah Oyelaran
date: 2029-03-20 19:55:00
tags: Politics, Housing, House of Lords
options: time=prefix bullet=⇒ crlf
> The House of Lords has inflicted a defeat on the government over its plans for existing ground rents, voting by 241 to 200 for an amendment that would cap them at £250 a year in England and Wales. Ministers had argued a cap would expose the Treasury to compensation claims of up to £2.5bn from pension funds.
> The amendment was tabled by the crossbench peer Lord Harcastle, a former housing ombudsman, who told the chamber that millions of leaseholders were paying “rent for nothing” on flats they already owned. The bill will now go back to the Commons, where the government is expected to try to overturn the change.
kp: Key points
* Lords back £250 cap on existing ground rents by 241 to 200
* Treasury warns of £2.5bn compensation bill
* Housing minister: “We’ll look carefully at what peers have said”
## 19:41 | Housing minister: “We’ll look carefully at what peers have said”
> Reacting to the defeat, the housing minister, Ruth Kellaway, said the government would “look carefully at what peers have said” but warned that “a cap on this scale isn’t a free lunch”. She repeated the Treasury’s estimate that compensation claims could reach £2.5bn over ten years.
> The Leasehold Knowledge Partnership, which has campaigned for abolition of ground rents, said the vote was “the most important day for leaseholders in a generation” and called on MPs of all parties to let the amendment stand.
## 19:22 | Lords back £250 cap on existing ground rents by 241 to 200
> The result has just been announced: contents 241, not-contents 200, a majority of 41. It is the government’s ninth defeat in the Lords this session and by far the biggest on a housing measure. Around 40 Labour peers and a dozen Conservatives are believed to have voted with the crossbenches.
## 18:47 | Why do ground rents matter?
> Ground rent is an annual charge paid by leaseholders to the freeholder of a building, usually with nothing provided in return. For most new leases it was abolished in 2022, but around 4.9 million existing leases still include it, and some double every ten or 15 years.
> The Competition and Markets Authority found in 2020 that doubling ground rents had made some flats almost impossible to sell or mortgage. Mortgage lenders often refuse to lend where the ground rent is more than 0.1% of the property’s value.
## 18:15 | Treasury warns of £2.5bn compensation bill
> The Treasury published a short note this afternoon arguing that a cap could be seen as taking property without compensation under the European Convention on Human Rights. Pension funds that own large portfolios of freeholds have said they would go to court. “This isn’t about fat cats, it’s about pensioners,” said one fund manager.
## 17:30 | The debate opens
> Lord Harcastle opened the debate by reading out letters from leaseholders in Manchester, Bristol and Southampton, one of whom pays £1,200 a year for a one-bedroom flat with a ground rent set to rise to £2,400 in 2031. “What exactly do they get for it?” he asked. “A letter once a year asking for more.”

=== en-live-grand-national
lang: en
outlet: Racing Daily
title: Grand National 2029 live: Copper Kettle wins at 33-1 for trainer Jess Harrop
caption: Copper Kettle and jockey Liam Fahy clear the last at Aintree.
link: https://example.co.uk/racing/grand-national-2029-live
author: Racing desk
date: 2029-04-14 17:45:00
tags: Horse Racing, Grand National, Aintree
options: time=glued bullet=•
> Copper Kettle, a 33-1 outsider trained in Cumbria by Jess Harrop, has won the Grand National at Aintree by two and a quarter lengths under the 19-year-old Irish jockey Liam Fahy. All 34 runners returned safely, the racecourse confirmed shortly after the race.
> It is the first National winner for both trainer and jockey, and the first for a horse trained in Cumbria since the 1960s. The favourite, Harbour Light, was pulled up four fences from home after jumping badly to his left for much of the second circuit.
## 5.32pm | All 34 runners return safely, says BHA
> The British Horseracing Authority (BHA) has confirmed that all 34 horses were examined by vets after the race and that none needed treatment beyond routine cooling. Two jockeys who fell at the Canal Turn have walked back to the weighing room and been cleared to ride in the last race.
> The BHA has made changes to the course over the past five years, including lowering several fences and reducing the field from 40 runners to 34. Its chief executive, Aisha Mendel, said today’s race showed “a National that is safer and no less exciting”.
## 5.19pm | Harrop: ‘We bought him for £6,000 off a farmer’
> An emotional Jess Harrop has been talking in the winner’s enclosure. “We bought him for £6,000 off a farmer near Penrith who said he was too slow for point-to-points. I’ve got 14 horses and two of them are mine. This is mad. We’re going to the pub, and I don’t care which one.”
> Harrop, 38, took out her licence in 2021 and trains from a converted dairy farm near Appleby. She said she had entered Copper Kettle “mostly to get a day out” and that her father, a retired farrier, had backed the horse at 50-1 in January.
## 5.16pm | Copper Kettle wins the Grand National!
> Copper Kettle and Liam Fahy hold off the late challenge of Mister Mulligan to win by two and a quarter lengths, with Ballyfinn Lad a further six lengths back in third. The crowd of about 70,000 greets the result with a mixture of cheers and torn-up betting slips.
## 5.09pm | Harbour Light pulled up
> The favourite is pulled up before four out. Harbour Light, backed down to 5-1 this morning, never seemed to enjoy the fences and was jumping out to his left from Becher’s onwards. His jockey, Tom Kerrigan, took no chances and eased him down on the run towards the Melling Road.
## 5.02pm | They’re off
> The 34 runners are away at the first time of asking after a short delay for a loose shoe. Copper Kettle is up with the pace on the inside, which is brave on ground that the clerk of the course described this morning as “good to soft, soft in places”.

=== en-live-bird-flu-farm
lang: en
outlet: Eastern Daily Herald
title: Bird flu confirmed at Norfolk turkey farm: 3km protection zone set up by Defra
caption: Officials in protective suits at the entrance to the farm near Swaffham.
link: https://example.co.uk/news/norfolk/bird-flu-turkey-farm-live
author: Gemma Pryce
date: 2029-11-28 15:20:00
tags: Norfolk, Bird flu, Farming, Defra
options: bullet=•
> A highly pathogenic strain of avian influenza has been confirmed at a turkey farm near Swaffham, and all 27,000 birds on the site will be culled, the Department for Environment, Food and Rural Affairs (Defra) has said. A 3km protection zone and a 10km surveillance zone have been put in place around the premises.
> The outbreak comes four weeks before Christmas, the busiest time of year for Norfolk’s turkey producers. The farm’s owners said they were “devastated” and that customers with orders for December would be contacted by the end of the week.
kp: Key points
* 27,000 turkeys to be culled near Swaffham
* 3km protection zone and 10km surveillance zone
* Risk to the public remains “very low”, says UKHSA
* Christmas supplies “not at risk”, say producers
## Risk to the public remains “very low”, says UKHSA
> The UK Health Security Agency (UKHSA) said the risk to the general public from this strain remained “very low” and that properly cooked poultry and eggs were safe to eat. People who find dead wild birds are asked not to touch them and to report them to the Defra helpline instead.
## 27,000 turkeys to be culled near Swaffham
> The cull is expected to take two days and will be carried out by contractors working for the Animal and Plant Health Agency (APHA). The carcasses will be taken to a licensed rendering plant in Lincolnshire. Compensation is paid for healthy birds culled to control the disease but not for those that were already infected.
> The farm, which employs 23 people full-time and another 40 in December, sells around 60% of its birds directly to customers through its website and a farm shop on the A47. It is the second premises in Norfolk to be affected this winter.
## What the protection zone means for other farms
> Inside the 3km zone, poultry must be housed indoors and may not be moved without a licence. Eggs and meat from birds in the zone can’t be sold without permission, and bird gatherings such as shows are banned across the whole county until further notice.
> The National Farmers’ Union said 14 commercial poultry units lay within the 10km zone. Its county adviser, Will Astley, said members were “doing everything right” on biosecurity. “The wild birds don’t read the rules,” he said. “We’ve had geese on the Wash in their thousands since October.”
## Christmas supplies ‘not at risk’, say producers
> The British Poultry Council said the outbreak would not affect overall supplies of turkeys this Christmas, although some shoppers who had ordered from particular farms might have to find another supplier. Around nine million turkeys are eaten in the UK each December, most of them from farms that have not been affected.
## Farm owners: “We’re devastated”
> In a statement posted on the farm’s Facebook page, the owners said: “We’re devastated. Our family has raised turkeys here for three generations and we have never had a case of bird flu. Everyone who ordered from us will get a full refund or a bird from a neighbouring farm, whichever they’d prefer.”

=== en-live-museum-heist
lang: en
outlet: The Capital Post
title: Museum theft: Saxon brooch worth £4m stolen from Museum of London Docklands
caption: The empty case in the Anglo-Saxon gallery after the theft.
link: https://example.co.uk/news/london/museum-theft-saxon-brooch-live
author: Crime desk
date: 2029-02-09 11:30:00
tags: London, Crime, Museums
options: bullet=• nocaptionline authorspace
> A gold and garnet brooch from the seventh century, valued at around £4m, has been stolen from a museum in east London in what police have described as a “carefully planned” overnight raid. The Metropolitan Police said two men were seen on CCTV leaving the building shortly after 3am.
> The brooch, known as the Wapping Brooch, was found by a mudlark on the foreshore of the Thames in 1994 and is one of the finest pieces of Anglo-Saxon jewellery ever discovered in the capital. It had gone back on display only last month after two years of conservation work.
kp: Latest
* Two men seen on CCTV leaving at 3.10am
* Brooch “would be almost impossible to sell”, says expert
* Museum closed until further notice
## Brooch “would be almost impossible to sell”, says expert
> Dr Harriet Cole, a specialist in early medieval metalwork at University College London, said the brooch was so well known that no reputable dealer would touch it. “It’s been photographed, catalogued and published a hundred times. The worry is that whoever took it doesn’t want to sell it whole. The gold alone is worth perhaps £40,000.”
> The Art Loss Register said the brooch had been added to its database within an hour of the theft being reported. Its director, Marcus Vell, said he had contacted auction houses in London, Paris, Amsterdam and New York.
## Two men seen on CCTV leaving at 3.10am
> Detectives say two men wearing dark clothing and hard hats were filmed leaving a side door of the building at 3.10am carrying a holdall. They are thought to have entered through scaffolding erected for roof repairs. Detective Inspector Kwame Asante appealed for anyone who was on West India Quay between 2am and 4am to come forward.
## ‘We’re heartbroken’: museum director
> The museum’s director, Fiona Latchford, told reporters outside the building that staff were “heartbroken”. “This brooch belongs to Londoners. It was found by a Londoner on a Sunday afternoon walk and handed in the same day. Whoever has it, please let it come home.”
## Museum closed until further notice
> The museum will stay closed while forensic officers examine the gallery and the roof. Schools that had booked visits for next week are being offered places at the sister site in the City. Tickets bought online for the weekend will be refunded automatically, a spokesperson said.

=== en-live-pension-vote
lang: en
outlet: The Westminster Courier
title: Pension age vote live: MPs back rise to 68 by 2037 as 19 Govt MPs rebel
caption:
link: https://example.co.uk/politics/pension-age-vote-live
author: Political staff
date: 2029-06-12 22:30:00
tags: Politics, Pensions, Commons
options: bullet=• bom
> MPs have voted to bring forward the rise in the state pension age to 68, so that it will apply from 2037 rather than 2046, despite a rebellion by 19 government backbenchers. The measure passed by 318 votes to 281, a majority of 37, after a six-hour debate in the Commons.
> The change will affect around 8 million people born between April 1970 and April 1978, who will have to work up to a year longer before they can claim the state pension. The Department for Work and Pensions (DWP) says it will save £9.4bn a year by the end of the 2030s.
## MPs back rise to 68 by 318 votes to 281
> The result was read out by the tellers just after 10pm. It is the largest rebellion of the parliament so far, though the government’s majority was never in serious danger. Two ministerial aides who voted against are expected to lose their jobs.
> The shadow work and pensions secretary, Gareth Minns, called the result “a betrayal of people who’ve done the hard graft” and said his party would reverse the change if elected.
## Who are the rebels?
> The 19 rebels are mostly MPs for seats in the north of England and the Midlands, where average life expectancy is lower. Their unofficial leader, Janet Crowe, said: “A miner’s son in Barnsley doesn’t live as long as a banker’s son in Surrey. One pension age for both of them isn’t fair.”
## 8 million people affected
> According to the DWP, anyone born after 6 April 1970 will reach pension age at 68, while those born in the eight years before will see a gradual increase. Someone born on 1 January 1974 will now get their state pension in 2042 instead of 2041, costing them about £11,500 at today’s rates.
## The Chancellor: ‘We can’t ignore the numbers’
> Opening the debate, the Chancellor, Oliver Pratt, said the number of people over 65 would grow by 3 million in the next 15 years. “We can’t ignore the numbers. Every year we don’t act, the bill for our children goes up.” He said the government would fund a review of how pensions could reflect regional differences.

=== en-plain-dentist-shortage
lang: en
outlet: West Country Echo
title: Town left without an NHS dentist as last practice hands back contract
caption: The former practice on St. Mary’s Street in Ashcombe.
link: https://example.co.uk/news/ashcombe-nhs-dentist-contract
author: Laura Benham
date: 2029-01-17 07:00:00
tags: Health, NHS, Dentistry, Ashcombe
> The last practice offering NHS dental care in Ashcombe has handed back its contract, leaving a town of 34,000 people without a single NHS dentist. St. Mary’s Dental Care, on St. Mary’s Street, will see its final NHS patients on 28 February and then offer private treatment only.
> Its principal dentist, Dr. Anil Mehta, said the decision was “the hardest of my career”. He said the practice had lost money on NHS work for four years in a row and that the contract paid about £28 for a check-up that cost him nearer £45 to provide. “I can’t keep subsidising the NHS out of my own pocket,” he said.
> The local integrated care board (ICB) said it would advertise a new contract worth up to £1.2m a year “as soon as possible”, but admitted that similar tenders in Devon and Somerset had attracted no bids in 2028. In the meantime, patients who need urgent treatment are asked to call NHS 111 or visit www.example.nhs.uk/find-a-dentist for a list of practices with spaces.
> The nearest practice currently accepting NHS adult patients is 23 miles away in Tiverton. Mr. and Mrs. Hallett, both in their 80s, told the Echo that they had been patients at St. Mary’s since 1979. “We don’t drive any more. How are we supposed to get to Tiverton with a toothache?” Mrs. Hallett asked.
> The town’s MP, Penny Garside, said she had written to the health secretary and would raise the issue at Prime Minister’s Questions. “This is a town, not a hamlet. Nobody should have to choose between a £90 bus and taxi journey and going without treatment,” she said. Her office can be contacted at penny.garside.mp@example.org.uk.
> The British Dental Association (BDA) said Ashcombe was one of more than 60 towns in England where no NHS practice was taking on adults. Its chair, Prof. Edward Lyle, said the contract agreed in 2006 “rewards dentists for doing less, not more” and should be replaced before “NHS dentistry disappears altogether”.
> A spokesperson for the Dept. of Health and Social Care said it had announced £200m for “dental recovery” in the autumn and that new dentists would be offered up to £20,000 to work in under-served areas for three years. “We’re determined to make sure everyone who needs an NHS dentist can see one,” the spokesperson said.
> St. Mary’s said its existing NHS patients would be offered a private membership plan at £17.50 a month, which includes two check-ups and two hygienist appointments a year. About 40% of those who have replied so far have signed up, according to the practice manager, Ms. Carol Avery.

=== en-plain-canal-reopens
lang: en
outlet: Midlands Bugle
title: Canal reopens to boats after 60 years thanks to £14m restoration
caption: The first narrowboat passes through the rebuilt lock at Hatherton.
link: https://example.co.uk/news/hatherton-canal-reopens
author: Tom Eardley
date: 2029-07-02 09:15:00
tags: Canals, Heritage, Staffordshire
options: crlf exit=none
> Boats have sailed along a stretch of the Hatherton Canal in Staffordshire for the first time in 60 years after a £14m restoration by volunteers and the Canal & River Trust. The 2.8-mile section between Calf Heath and Four Crosses was closed in 1969 after mining subsidence made it impossible to keep in water.
> The first boat through the new lock at 10.30 a.m. on Saturday was the narrowboat Lady Olwen, steered by 87-year-old Mr. Frank Tolley, who worked on the canal as a boy. “I saw it drained and I’ve seen it filled again. Not many people can say that,” he said, before handing the tiller to his great-granddaughter.
> 14 years of work went into the project, most of it done at weekends by members of the Lichfield & Hatherton Canals Restoration Trust. Its chairman, Dr. Sue Whitfield, said volunteers had put in more than 210,000 hours, moving about 90,000 tonnes of earth and laying 1.4 million bricks by hand.
> The money came from the National Lottery Heritage Fund (£6.5m), Staffordshire County Council (£3m), the Canal & River Trust (£2.1m) and public donations, including a single gift of £250,000 from a local family who asked not to be named. Donations are still being accepted at www.example-canals.org.uk/donate.
> The restored section has a speed limit of 4 mph, like the rest of the network, and boats will be able to pass through it between 8 a.m. and 6 p.m. from April to October. The lock will be operated by volunteer keepers, who can be contacted in advance at lockkeepers@example-canals.org.uk.
> Prof. Alan Marsh, a transport historian at Keele University, said the reopening was “a small miracle of stubbornness”. He added: “When this canal closed, nobody thought it would come back. It’s a reminder that infrastructure isn’t only built by governments. Sometimes it’s built by retired engineers with shovels.”
> The trust now hopes to raise another £22m to reconnect the canal with the Wyrley & Essington Canal near Norton Canes, which would create a new circular route. A public meeting about the next phase will be held at St. Luke’s church hall, Cannock, on Thursday 10 July at 7 p.m.

=== en-plain-scam-texts
lang: en
outlet: Money Matters Weekly
title: Fake parking fine texts cost drivers £3.2m in a year, says watchdog
caption: An example of the text messages, which link to a copycat payment site.
link: https://example.co.uk/money/fake-parking-fine-texts
author: Natalie Okoro
date: 2029-09-23 06:30:00
tags: Scams, Money, Motoring
options: nocaptionline
> Drivers lost more than £3.2m to fake parking fine text messages in the 12 months to August, according to figures from Action Fraud. The messages claim the recipient has an unpaid penalty charge notice and will face “enforcement action” unless they pay within 24 hours through a link.
> The National Cyber Security Centre (NCSC) said it had taken down 4,700 websites linked to the scam since January. Many copy the design of real council payment pages and use addresses such as pcn-payments-gov.example.com, which look official at a glance. Genuine councils never send penalty notices by text, it said.
> Mr. Ravi Chandra, 54, from Leicester, told Money Matters that he paid £70 before realising his mistake. “I’d parked in town the day before, so it didn’t seem odd. By the time I saw the bank alert for £1,400, they’d already emptied my current account.” His bank, he said, refunded him in full after three weeks.
> The Payment Systems Regulator (PSR) said banks must now reimburse victims of authorised push payment fraud up to £85,000, except where the customer was “grossly negligent”. Consumer groups say that term is being used too often. The charity Which? said one in five claims it had seen was initially turned down.
> Detective Sgt. Helen Rowe, of the City of London Police, said the texts were sent in bulk from SIM farms abroad. “They don’t care who you are. They send a million messages and wait for a few thousand people who parked somewhere yesterday.” She said people should forward suspicious texts to 7726, a free service run by the mobile networks.
> Anyone who thinks they have paid a fake fine should contact their bank straight away and report it to Action Fraud on 0300 123 2040 or at www.example-actionfraud.police.uk. Real parking fines can be checked on the website of the council or company that issued them, and the Dept. for Transport says no genuine fine will ever ask for payment by bank transfer.
