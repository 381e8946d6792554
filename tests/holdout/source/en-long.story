#! English held-out articles, long paragraphs: invented news, invented people.

=== en-live-assisted-dying-vote
lang: en
outlet: The Westbury Chronicle
title: Assisted dying bill passes second reading by 314 votes to 291 – as it happened
caption: MPs file through the division lobbies after a five-hour debate on Friday.
link: https://example.co.uk/politics/live/assisted-dying-bill-second-reading
author: Rachel Okonjo and Tom Beresford
date: 2027-01-22 17:58:00
tags: Politics, House of Commons, Assisted dying
> MPs have voted to allow the Terminally Ill Adults (End of Life) Bill to proceed to its next stage, by a majority of 23, after an emotional five-hour debate in which members on both sides of the argument spoke of the deaths of parents, partners and children. It was a free vote, with no party whip applied.
> The bill, introduced by the backbench Labour MP Helen Ashworth, would allow terminally ill adults in England and Wales with less than six months to live to request help to end their lives, subject to approval by two doctors and a High Court judge. It now goes to committee stage, where it can be amended line by line.
kp: Summary
* Bill passes second reading by 314 votes to 291
* PM votes in favour, but 11 cabinet ministers vote against
* ‘This is a matter of conscience,’ says Ashworth
* Disability groups warn of ‘pressure on the vulnerable’
## Bill passes second reading by 314 votes to 291
> The Commons has backed the bill at second reading by 314 votes to 291, a majority of 23. The result was read out by the tellers shortly after 2.30pm, to a mostly silent chamber, and was followed by a brief burst of applause from the public gallery that the Deputy Speaker quickly cut short.
> Campaigners gathered outside Parliament embraced and cried as the result came through on their phones. Opponents, who had held a vigil on the other side of Parliament Square since the early morning, knelt to pray.
## 314 to 291: how the parties split
> The Labour benches split roughly two to one in favour, while a narrow majority of Conservative MPs voted against. The Liberal Democrats were split almost evenly. All but one of the SNP’s MPs abstained, as the bill does not apply in Scotland, which is considering its own legislation at Holyrood.
> A full list of how every MP voted will be published on the Parliament website at votes.parliament.example/divisions later this evening.
## What happens next?
> The bill now moves to committee stage, where a cross-party committee of about 20 MPs will scrutinise it clause by clause, probably over several weeks. It will then return to the Commons for report stage and third reading before going to the House of Lords, where peers can propose amendments but are unlikely to block it outright.
> If it clears all those stages, the government has said the new service would not be up and running for at least two years, to give the NHS time to prepare.
## PM votes in favour, as 11 cabinet ministers vote against
> The prime minister voted for the bill, as he had said he would, but 11 members of his cabinet voted against, including the health secretary, who will be responsible for implementing it. Downing Street said the government would remain “neutral” and would not provide parliamentary time beyond what had already been agreed.
## ‘This is a matter of conscience,’ says Ashworth
> Opening the debate, Helen Ashworth told MPs that the current law had failed dying people and their families. “This is a matter of conscience, and I respect every member who will vote against me today,” she said. “But I ask them to listen to the families who wrote to us, who watched someone they loved die in pain.”
> She read out a letter from a constituent, Margaret, 71, whose husband died of motor neurone disease last year. The chamber fell silent as she reached the final line: “He asked me every day to help him, and every day I had to say no.”
## Disability groups warn of ‘pressure on the vulnerable’
> Several disability rights organisations have criticised the result. In a joint statement, they said the safeguards were “wholly inadequate” and warned that disabled and elderly people could feel under pressure to end their lives so as not to be a burden on their families or on stretched public services.
> “Every other country that has done this has seen the criteria widen over time,” said the chief executive of one of the groups, pointing to Canada and Belgium. “Parliament has been told this is a narrow law. We have heard that before.”
## ‘A dangerous and irreversible step’, warns Tory MP
> Among the most forceful speeches against the bill came from the Conservative MP for Hallow Vale, Dr. Caroline Pryce, a former palliative care consultant. “I have sat with hundreds of dying patients. Not one of them needed a lethal injection; what they needed was good care, and too many of them did not get it,” she said. She warned that the bill was “a dangerous and irreversible step” and urged MPs to invest instead in hospices, which she said were “closing beds every month because they cannot pay their staff”. Her speech drew loud cheers from MPs on both sides who oppose the bill, and she was later embraced by several Labour members in the lobby.
## Hospices warn of £77m funding gap
> Hospice UK, the umbrella body for hospices in Britain, has used the debate to highlight what it says is a £77m funding gap this year. About one in five hospices in England are planning to cut services, according to its latest survey of members. A spokesperson said the organisation did not take a position on the bill itself, but that “whatever Parliament decides, dying people must have a real choice, and that means excellent palliative care available everywhere, not just in some postcodes”.
## ‘I changed my mind,’ says former minister
> The former justice minister Sir Graham Lowther, who voted against a similar bill in 2015, said he had changed his mind after the death of his sister from pancreatic cancer. “I was wrong then,” he told MPs. “I thought the law protected people. It protected no one in that hospital room.”
## Doctors remain divided, says BMA
> The British Medical Association, which dropped its opposition to assisted dying in 2021 and now takes a neutral stance, said doctors remained “deeply divided”. It has asked for a clear right for medical staff to opt out of any involvement, which Ashworth said was already written into clause 23 of the bill.
## Crowds gather in Parliament Square
> Hundreds of people from both sides of the debate have gathered in Parliament Square since early this morning. Police said the two groups, separated by metal barriers, had been peaceful. Supporters wore green and held photographs of relatives; opponents, many of them from faith groups, held a silent vigil.
## How does the bill compare with other countries?
> If passed in its current form, the bill would be among the more restrictive assisted dying laws in the world. It is closely modelled on the law in Oregon, in the US, which has allowed terminally ill adults with six months or less to live to obtain life-ending medication since 1997. Unlike the laws in Canada, Belgium and the Netherlands, it would not cover people whose suffering is not linked to a terminal illness, and it would require the patient to take the medication themselves. The requirement for a High Court judge to approve every case would be unique, supporters of the bill say.
## Good morning
> Welcome to our live coverage of the debate on the assisted dying bill. MPs will begin debating at 9.30am, with the vote expected early this afternoon. More than 160 MPs have applied to speak, so the Deputy Speaker has imposed a time limit of four minutes on each speech.

=== en-live-cloud-outage
lang: en
outlet: TechWire Daily
title: NimbusCloud outage live: banks, airlines and streaming services hit as global cloud failure enters sixth hour
caption: A departure board at Hartfield airport showing delayed flights on Tuesday.
link: https://example.com/tech/live/nimbuscloud-global-outage
author:
date: 2027-09-14 15:12:00
tags: Technology, Cloud computing, Outage
options: crlf
> A global outage at NimbusCloud, one of the world’s three largest cloud computing providers, has knocked out thousands of websites and apps for more than five hours, disrupting banking services, airline check-ins, hospital systems and online games across North America, Europe and Asia.
> The company said the problem began at 8.14am Eastern time with a faulty configuration change in its networking system in its US-East region, and that a fix was being rolled out gradually. Services were “recovering” but some customers could experience errors “for several more hours”.
kp: What we know so far
* Outage began at 8.14am ET in NimbusCloud’s US-East region
* A faulty configuration change was to blame, the company says
* Banks, airlines and hospitals affected in at least 20 countries
* Services “recovering” but full fix could take hours
## NimbusCloud CEO apologises: ‘We let our customers down’
> NimbusCloud’s chief executive, Jonathan Reyes, has posted a short video on the company’s website apologising for the outage. “We let our customers down today, and through them millions of people who rely on their services,” he said. “There is no excuse. We will find out exactly what went wrong, we will tell you, and we will make sure it cannot happen again.” Reyes said the company would issue credits to affected customers in line with its service-level agreements, although he did not give details. Analysts at Brightwater Capital estimated the cost of those credits at between $150m and $400m.
## Airlines say check-in systems back online
> Several airlines have said their check-in and boarding systems are working again, although delays are expected to continue for the rest of the day as crews and aircraft are out of position. American carriers including SkyJet and Pacific Crest have advised passengers to check the status of their flight before travelling to the airport. In Europe, flights from Frankfurt and Amsterdam were running about an hour behind schedule by mid-afternoon local time. The FAA said air traffic control systems had not been affected at any point.
## Services ‘recovering’, says NimbusCloud
> NimbusCloud says most of its services are “recovering” and that error rates have fallen by about 70% in the last hour. In a post on its status page, the company said it had rolled back the faulty change in all but two of its data centres and was “monitoring closely”. It has not given an estimated time for a full recovery.
## ‘We have no idea when we can reopen,’ says Hartfield airport
> Hartfield International, one of the busiest airports on the east coast, has been checking passengers in by hand since mid-morning. “We have no idea when we can reopen our normal systems,” a spokesperson said. More than 140 flights have been cancelled and queues stretch outside the terminal building.
> Airline staff were seen writing boarding passes by hand. One passenger, Daniel Ruiz, 42, who was travelling to Denver with his two children, said he had been queuing for three hours. “They told us to be patient… I have been patient since 7 o’clock,” he said.
## Outage caused by faulty configuration change, says company
> In its first detailed statement, NimbusCloud said the outage was caused by “an incorrect configuration change to our internal network management system” that was pushed to production during a routine update. It stressed that there was “no evidence” of a cyber-attack or of any customer data being accessed.
> The company said the change had passed automated tests, but that “an unexpected interaction” with a second system caused traffic between data centres to fail. A full report will be published within 14 days, it said.
## ‘I couldn’t pay for my groceries’: readers share their stories
> We asked readers how the outage had affected them, and hundreds of you got in touch. Maria, a nurse in Manchester, said she had been unable to access patient notes for most of her morning shift. “We went back to pen and paper. Some of the younger staff had never done it,” she wrote. Tom, from Auckland, said the outage had started just as he was trying to pay for his weekly shop: “Card declined, app down, no cash. I left a full trolley at the checkout and went home.” Several small-business owners told us they had lost a day of online sales, with one, who runs a bakery in Leeds, estimating the cost at about £1,200.
## What is a configuration change, and why can it break so much?
> Large cloud providers constantly change the settings of their systems: to add capacity, fix bugs or route traffic more efficiently. These configuration changes are usually tested and rolled out gradually, to a small number of servers at a time, so that problems can be spotted early. Experts say today’s outage suggests that either the change was pushed out too quickly or that it affected a part of the system that every other service depends on, such as the one that tells computers where to find each other. “It’s like changing the signs on a motorway junction. Get one wrong and the whole network jams,” said Dr. Menon.
## Which services are affected?
> Among the services reported down or severely degraded are several large US banks’ mobile apps, the check-in systems of at least six airlines, two major video-streaming platforms, the online multiplayer servers for the game StarForge, and the appointment systems of hospitals in the UK and Australia. DownDetector has logged more than 2.5 million reports.
## 2.5 million outage reports in five hours
> The website DownDetector says it has received more than 2.5 million outage reports since the problem began, the largest number it has recorded for a single incident. Reports peaked at around 9.40am ET, when 410,000 users complained in the space of 15 minutes.
## UK hospitals revert to paper records, says NHS England
> NHS England says “a small number” of hospital trusts have had to revert to paper records after their patient systems, which are hosted on NimbusCloud, stopped working. Emergency care has not been affected, it said, but some outpatient appointments in the north-west have been postponed.
## Shares fall 6.2% in early trading
> Shares in NimbusCloud’s parent company, Nimbus Holdings Inc., fell 6.2% when trading opened in New York, wiping about $38bn off its market value. Analysts said the fall reflected concerns about compensation claims as well as reputational damage. The shares have since recovered slightly and are now down 4.8%.
## ‘A reminder of how fragile the internet is’
> “This is a reminder of how fragile the internet is when so much of it depends on three or four companies,” said Dr. Priya Menon, a researcher in network resilience at the University of Eastbrook. She said regulators on both sides of the Atlantic should require critical services such as banks and hospitals to use more than one cloud provider.
> The European Commission said it was “following the situation closely” and would ask NimbusCloud for information under the EU’s Digital Operational Resilience Act, which came into force in 2025.
## White House: ‘No indication of malicious activity’
> A White House spokesperson said officials had been in contact with NimbusCloud throughout the morning and that there was “no indication of malicious activity”. The Cybersecurity and Infrastructure Security Agency was monitoring the situation, she said, adding that the outage showed the importance of resilience in critical infrastructure. Several members of Congress have already called for hearings, with one senator describing the concentration of the cloud market as “a national security problem hiding in plain sight”.
## Gamers vent frustration as StarForge servers go dark
> The online multiplayer game StarForge, which has about 40 million monthly players, has been offline since the outage began, prompting a flood of complaints on social media. The game’s developer, Lumen Interactive, said it was “entirely dependent on our cloud partner” and promised players in-game compensation. The hashtag #StarForgeDown was trending worldwide for several hours. Some players noted, with some irony, that the outage had coincided with the launch of a new season that had been advertised for weeks.
## Summary of what happened this morning
> At about 8.15am ET, users began reporting problems with a wide range of websites and apps. Within half an hour, NimbusCloud confirmed “increased error rates” in its US-East region, which hosts a large share of its customers. The problem quickly spread to other regions, because many global services rely on systems based there.

=== en-live-bank-collapse
lang: en
outlet: The Morning Ledger
title: Meridian Trust collapse: shares suspended as regulators seize lender, says FDIC
caption: Customers queue outside a Meridian Trust branch in downtown Alder City on Friday.
link: https://example.com/business/live/meridian-trust-bank-collapse
author: Sophie Hallam
date: 2027-04-09 21:30:00
tags: Business, Banking, Markets
> US regulators have seized Meridian Trust, the mid-sized regional lender, after customers withdrew more than $19bn in two days, in what would be the largest bank failure since 2023. The Federal Deposit Insurance Corporation said all insured deposits were safe and that branches would reopen as normal on Monday under its control.
kp: Key points
* Regulators seize Meridian Trust after $19bn run on deposits
* Insured deposits safe, says FDIC
* Shares suspended on the NYSE
* Treasury secretary: ‘The banking system remains sound’
* Regional bank shares tumble
## ‘The banking system remains sound,’ says Treasury secretary
> The Treasury secretary, Ellen Marsh, has sought to calm markets. “The banking system remains sound and resilient,” she said in a brief statement outside the Treasury building. “Americans can have confidence that their deposits are safe.” She did not take questions.
## Regional bank shares tumble
> Shares in other regional lenders fell sharply in late trading, with an index of mid-sized US banks down 7.4% on the day. Lakeview Bancorp and First Harbor Financial, both seen as having similar exposure to commercial property, fell 18% and 14% respectively. European bank shares are expected to open lower on Monday.
> “Markets are asking who is next. That is the question that turns a problem into a panic,” said Karen Liu, a banking analyst at Brightwater Capital, who stressed that most regional banks were in a far stronger position than Meridian.
## Insured deposits safe, says FDIC
> The FDIC said in a statement that all deposits up to the insured limit of $250,000 per depositor, per bank, were protected and would be available on Monday. About 38% of Meridian’s deposits were above that threshold, according to its latest filing, which means some businesses could face losses unless a buyer is found.
> Customers with questions have been told to call the FDIC helpline or visit www.fdic.example/meridian, where a list of frequently asked questions has been posted.
## Shares suspended on the NYSE
> Trading in Meridian Trust shares was suspended on the New York Stock Exchange at 11.02am after they fell 61% in the first hour. The shares had already lost more than half their value on Thursday, after the bank disclosed a $2.1bn loss on its portfolio of office-building loans.
## Who are Meridian’s customers?
> Founded in 1921 in Alder City, Meridian Trust grew rapidly over the past decade by lending to commercial property developers and technology start-ups. It had 212 branches in nine states and about 1.3 million customers. Many of its business clients held deposits well above the insured limit, making them more likely to withdraw their money at the first sign of trouble.
## Fed chair: ‘We stand ready to act’
> The chair of the Federal Reserve, Dr. Alan Whitford, said the central bank was “monitoring conditions closely” and “stands ready to act” to ensure that banks had access to the liquidity they needed. The Fed has opened its discount window to eligible institutions on easier terms, a move analysts described as a precaution. Futures markets now price in a higher chance of an interest rate cut at the next policy meeting in May.
## ‘I took everything out at 7am’
> Outside the bank’s headquarters, on Fifth Street, customers had begun queuing before dawn. “I took everything out at 7am. I’m not going to wait and find out,” said Marcus Bell, who runs a small construction company. “I’ve got 14 people to pay next week.” Others said they had tried to transfer money online, but the bank’s app had crashed repeatedly.
## How did we get here?
> Meridian’s problems began in January, when two large office developers it had lent to defaulted on their loans. The bank’s share price fell by a third over the following weeks. On Thursday it revealed a larger-than-expected loss, prompting credit rating agencies to downgrade its debt. Within hours, depositors began moving money elsewhere, many of them using their phones.
## Start-ups scramble to make payroll
> Technology start-ups, many of which kept millions of dollars in Meridian accounts, were scrambling on Friday night to find money to pay staff next week. “We have $6.4m at Meridian and payroll on Wednesday. I’ve spent the last six hours on the phone,” said the founder of a healthcare software company in Alder City, who asked not to be named. Venture capital firms told portfolio companies to move any remaining funds immediately, and some offered short-term loans. The FDIC said it expected to pay an advance dividend on uninsured deposits “within days”, but gave no figure.
## What is a bank run?
> A bank run happens when a large number of customers withdraw their money at the same time because they fear the bank will fail. Banks lend out most of the money deposited with them, so even a healthy bank cannot pay back every depositor at once. If withdrawals are large enough, the bank may have to sell assets quickly and at a loss, which can make its position worse and turn fear into reality. Mobile banking has made runs much faster: in Meridian’s case, customers withdrew about $11bn in a single day, mostly through the bank’s app.
## Buyer sought by Sunday night, says WSJ
> Regulators are seeking a buyer for Meridian’s branches and deposits and hope to announce a deal before markets open on Monday, according to a report in the Wall Street Journal. Several large banks are said to be looking at the books this weekend, although any buyer is expected to demand guarantees from the FDIC.

=== en-live-airport-chaos
lang: en
outlet: Northfield Evening Post
title: Kingsfield airport chaos: passengers stranded after baggage system failure – live updates
caption: Passengers wait in Terminal 2 at Kingsfield airport on Saturday morning.
link: https://example.co.uk/news/live/kingsfield-airport-baggage-failure
author: Liam Doherty
date: 2027-07-31 13:05:00
tags: Travel, Kingsfield Airport
options: time=glued
> Thousands of passengers have been stranded at Kingsfield airport on the first Saturday of the summer holidays after a failure of the baggage system in Terminal 2. The airport has asked passengers to travel with hand luggage only “where possible” and warned that delays could last into Sunday.
kp: Key events
* Baggage system fails in Terminal 2
* Passengers told to travel with hand luggage only
* 46 flights cancelled so far
## 14:55 | Flights resume as repair holds
> Flights from Terminal 2 are gradually resuming after engineers completed a repair to the baggage system, the airport says. The first departure with checked luggage, a flight to Málaga, left at 14:41. The airport has warned that the backlog of about 9,000 bags left behind this morning will take “several days” to clear, and that passengers whose luggage did not travel with them should contact their airline, not the airport. Extra staff have been drafted in from Terminal 1 and from an agency to help sort and forward the bags.
## 14:20 | Who pays for a ruined holiday?
> Passengers whose flights were cancelled are entitled to a refund or to be rebooked on another flight, and to meals and accommodation if they are stranded overnight, under UK261 rules. But because the baggage failure was not the airlines’ fault, they are unlikely to have to pay additional compensation of up to £520, consumer experts say. Travel insurance may cover some costs, such as missed hotel nights or essential items bought while waiting for a delayed bag, but passengers should keep every receipt.
## 13:40 | Minister: ‘Unacceptable’
> The aviation minister, Rebecca Ansah, has described the scenes at Kingsfield as “unacceptable” and said she had spoken to the airport’s chief executive. “Families have saved all year for these holidays. They deserve better than sleeping on the floor of a terminal,” she said on a visit to a rail depot in Crewe. She said the Civil Aviation Authority would review what had happened, including whether the airport had adequate backup plans.
## 12:58 | Airport: ‘We are truly sorry’
> The airport’s chief operating officer, Fiona McKendrick, has apologised to passengers. “We are truly sorry for the disruption on what should have been the start of a family holiday,” she said in a video posted on the airport’s social media channels. She said engineers had found the fault and were testing a repair.
## 12:31 | 46 flights cancelled so far
> The number of cancelled flights has risen to 46, most of them short-haul departures to Spain, Portugal and Greece. EasyJet and Jet2 are the worst affected. Passengers are being advised to check the status of their flight with their airline before travelling to the airport.
## 12:05 | Photos show bags piled up outside Terminal 2
> Photographs shared on social media show hundreds of suitcases stacked several metres high in a service area outside Terminal 2, some of them covered only by plastic sheeting. The airport said the bags were “secure and being processed”, and that the area was closed to the public. One passenger, who had just flown in from Tenerife, said she had spotted her own pink suitcase in one of the pictures. “At least I know it’s in the country,” she said.
## 11:47 | ‘We’ve been here since 4am’
> Claire and Steven Patel, from Harrow, arrived at 4am for a 7am flight to Faro with their three children. “We’ve been here since 4am. Nobody has told us anything,” said Claire. “The kids are asleep on the floor. We don’t even know if our suitcases are on the plane or still in the building.”
## 10:45 | Passengers told to travel with hand luggage only
> Kingsfield airport has asked passengers flying from Terminal 2 today to travel with hand luggage only, where possible. Those who must check in a bag should arrive at least three hours before their flight, the airport said. Terminal 1, which uses a separate system, is operating normally.
## 09:20 | Baggage system fails in Terminal 2
> The baggage handling system in Terminal 2 stopped working shortly after 6am, according to the airport. Bags are being sorted by hand, which has led to long queues at check-in desks. Several flights have left without passengers’ luggage, which the airport says will be sent on “as soon as possible”.

=== en-plain-gp-surgery
lang: en
outlet: The Westbury Chronicle
title: St. Anne’s surgery to close as village loses its last GP after 74 years
caption: The St. Anne’s surgery on Mill Lane, which will close on Sept. 30.
link: https://example.co.uk/news/st-annes-surgery-closure-mill-lane
author: J.R. Hollings
date: 2027-06-18 07:00:00
tags: Health, Westbury, NHS
> The St. Anne’s surgery in Little Brackley, which has served the village since 1953, will close on Sept. 30 after its last remaining GP, Dr. Ruth O’Malley, announced her retirement and no replacement could be found. About 4,800 patients will be transferred to the Westbury Health Centre, 7.5 miles away, which is already struggling to cope with demand.
> Dr. O’Malley, 66, who has worked at the surgery for 31 years, said she had delayed her retirement twice in the hope that a younger doctor would take over. “I put adverts out for two years. We had three applicants, and two of them withdrew when they saw the house prices,” she said. “I’m heartbroken… but I can’t do it on my own any more.”
> The local integrated care board, which commissions GP services, confirmed the closure in a letter sent to patients on Tuesday. It said it had explored “every option”, including a merger with a practice in St. Albans Road and a contract with a private provider, Medica Plus Ltd., but that neither was “financially or clinically viable”.
> The news has angered residents, many of them elderly. Mrs. Joan Whitaker, 88, who has been registered at St. Anne’s since 1961, said she did not drive and that the bus to Westbury ran only every two hours. “The No. 47 takes 50 minutes. If I have an appointment at 9 a.m., I have to leave home at 7.30,” she said. “What happens when I’m ill?”
> A petition calling for the surgery to be saved has gathered more than 2,300 signatures in a week, in a village with a population of about 3,100. It was started by Mr. Tom Adeyemi, a parish councillor, who said he would hand it to the health secretary. “This isn’t just about one surgery. It is happening in villages across the U.K.,” he said.
> According to the Royal College of General Practitioners, the number of full-time-equivalent GPs in England has fallen by 4.1% since 2019, while the number of patients per practice has risen by 18%. Rural areas have been hit hardest. A survey last year found that one in five GPs planned to leave the profession within five years.
> The local MP, Lt. Col. (ret.) Andrew Fairbairn, said he had written to the ICB to ask whether a branch surgery could remain open two days a week. He said he had also raised the issue with ministers. “Little Brackley deserves better than a 15-mile round trip to see a doctor,” he said.
> The ICB said a pharmacist-led clinic would be set up in the village hall on Tuesdays and Thursdays, from 9.30 a.m. to 1 p.m., and that a community transport service would be funded for patients who cannot travel. Details are available at www.westbury-icb.example/st-annes or by e-mail at enquiries@westbury-icb.example.
> Patients do not need to do anything to be transferred. Their records will be moved automatically to the Westbury Health Centre on Oct. 1. Those who wish to register with a different practice can do so online through the NHS App, which has been downloaded by 34.5 million people in England, or in person.
> The closure is part of a wider trend. Since 2015, more than 1,200 GP practices in England have closed or merged, according to figures from NHS Digital, with the steepest decline in rural and coastal areas. Practices say they struggle to recruit because younger doctors prefer salaried jobs to the financial risk of running a partnership, and because rural areas often cannot offer the schools, jobs for partners and social life that young families look for. Some areas have experimented with “golden hello” payments of up to £20,000, with mixed results. In neighbouring Ashcombe, a practice that offered free accommodation above the surgery received no applications at all.
> Medica Plus Ltd., the private provider approached by the ICB, said in a statement that it had “carefully considered” the opportunity but could not make the numbers work with the current contract. A spokesperson added: “We would welcome further conversations if the funding model changes.”
> Dr. O’Malley will hold a farewell tea party in the village hall on Sept. 27 at 3 p.m. Everyone is welcome, she said, “especially the children I delivered who now have children of their own”.

=== en-plain-coach-obituary
lang: en
outlet: Harbourside Sports Review
title: Walt ‘Coach’ DeLuca, who led the Harbour City Herons to three titles, dies aged 84
caption: Walt DeLuca on the sideline during the 1989 championship game.
link: https://example.com/sports/obituary-walt-deluca-herons
author: Marcus J. Whitley Jr.
date: 2027-03-02 16:45:00
tags: Sports, Obituary, Basketball
> Walt DeLuca, the gruff, chain-smoking basketball coach who took the Harbour City Herons from the bottom of the league to three championships in six years, died on Monday at his home in Port Ellery. He was 84. His daughter, Anna DeLuca-Briggs, said the cause was complications of Parkinson’s disease, which he had lived with for more than a decade.
> DeLuca took over the Herons in 1983, when the team had finished last for four straight seasons and was drawing fewer than 3,000 fans a game to the old Kessler Arena. By 1987 they were champions. They won again in 1989 and 1992, and DeLuca retired in 1998 with a record of 702 wins and 488 losses, a .590 winning percentage that still ranks among the best in league history.
> “He was the toughest man I ever met, and the kindest, and he would hate me for saying the second part,” said Reggie Thompson, the Hall of Fame guard who played for him for nine seasons. “He yelled at me every single day. I’d give anything to hear him yell one more time.”
> Born Walter Giuseppe DeLuca on Jan. 14, 1943, in South Boston, he was the youngest of six children of Italian immigrants. His father drove a delivery truck for a bakery; his mother took in sewing. He played point guard at St. Ignatius High School and then at Boston College, where he earned a degree in history in 1965, before spending two seasons as a backup in the pros.
> He began coaching at a Catholic high school in Worcester, Mass., and moved to the college game in 1972. His teams were known for a suffocating full-court press that he called, with characteristic modesty, “the DeLuca Special”. Opponents called it other things. In one game in 1985, the Herons forced 38 turnovers, a league record that stood until 2004.
> Off the court, DeLuca was a devoted, if unlikely, reader of poetry. He kept a battered copy of W.B. Yeats’s collected poems in his briefcase and would sometimes read a verse to his players before big games. “We had no idea what he was talking about,” Thompson said. “But we knew it meant he was nervous…”
> After retiring, he worked for 12 years as a television analyst and ran a summer camp for children from low-income families, which has since trained more than 9,500 young players. The camp, DeLuca Hoops Inc., will continue under the direction of his grandson, Michael Briggs, the family said.
> DeLuca’s methods would not always pass muster today. He was suspended twice by the league, once in 1988 for throwing a chair onto the court and once in 1994 for a profanity-laced tirade at a referee that was caught by a television microphone. Former players say he could be cruel in practice, and at least one, the center Dwayne Ellis, said publicly that he had left the team because of the way DeLuca treated him. But many more remember a coach who paid for funerals, visited players’ mothers in hospital and quietly cleared the debts of a rookie who had been cheated by an agent. “He’d rip you apart on Tuesday and drive three hours to see your sick kid on Wednesday,” Thompson said.
> His greatest triumph came in the 1987 final against the Capital City Rams, who had beaten the Herons by 31 points in the regular season. Down by 14 with under six minutes left in Game 7, DeLuca called a timeout, lit a cigarette on the bench in violation of at least two league rules, and told his players, according to Thompson, “Boys, either we press or we go home.” The Herons pressed. They scored 19 unanswered points, won by five, and the city held a parade that drew an estimated 400,000 people to Harbour Street. The cigarette cost him a $500 fine, which he framed and hung in his office next to the championship trophy.
> In 2009 he was inducted into the Hall of Fame. In his acceptance speech, which lasted 4 min. 12 sec. by one newspaper’s count, he thanked his wife, his players and “every referee I ever insulted, which is all of them”.
> In addition to his daughter, he is survived by his wife of 59 years, the former Maria Santangelo; a son, Paul; seven grandchildren; and two great-grandchildren. A funeral Mass will be held on Saturday at 10 a.m. at St. Brendan’s Church in Port Ellery. The Herons will wear a black patch with the initials W.D. for the rest of the season.
