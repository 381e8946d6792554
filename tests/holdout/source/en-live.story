#! English held-out articles, live tickers: invented news, invented people, clubs, parties and places.

=== en-live-trophy-semi
lang: en
outlet: Harlow Evening Courier
title: LIVE: Harlow Athletic v Kingsfield Town – National Trophy semi-final, second leg, as it happened
caption: Harlow captain Dele Okonjo celebrates his opener at the Quayside Stadium.
link: https://example.co.uk/sport/football/live-harlow-athletic-kingsfield-town-trophy-semi
author: Tom Pritchard
date: 2027-03-20 17:05:00
tags: Sport, Football, Harlow Athletic
options: time=suffixdash bullet=-
kp: Key events
* Harlow Athletic beat Kingsfield Town 4-3 on penalties after a 2-1 win on the day left the tie level at 3-3 on aggregate, and will play Denby Rovers in the final at Wembley on May 9.
* Dele Okonjo scored after 23 minutes and again in the 90+3rd minute to force the shoot-out, having missed a penalty in the first leg at Kingsfield a week ago.
* Goalkeeper Sam Achterberg saved two spot-kicks, from Liam Fairweather and Kofi Mensah, in front of a record crowd of 7,914.
## 16:53 | FT: Harlow win 4-3 on penalties and are going to Wembley for the first time since 1998
> What a finish at the Quayside! Harlow Athletic, 1-0 down from the first leg and 1-1 on the night until the 90+3rd minute, are through to the National Trophy final after a shoot-out that will be talked about in this town for years.
> Sam Achterberg is the hero, with two saves, but it was Dele Okonjo’s second goal, a diving header deep into stoppage time, that made it all possible.
> Manager Ruth Callaghan, speaking to BBC Radio Harlow: “I told them at half-time that we’d had worse afternoons and still won. I didn’t quite mean it like this.”
## 16:51 | Penalties: Harlow 4-3 Kingsfield (Achterberg saves from Fairweather and Mensah, Okonjo scores the winning kick)
> Harlow scored: Okonjo, Price, Adeyemi, Walsh. Missed: Brennan (over the bar).
> Kingsfield scored: Doyle, Ashworth, Pike. Saved: Fairweather, Mensah.
> Achterberg guessed right both times, diving low to his left. He’s on his knees in the six-yard box now, mobbed by his team-mates, while the Kingsfield players stand motionless in the centre circle.
> The penalties were taken at the Harbour End, where the home supporters are, and the noise for each of the two saves was deafening.
> It’s Harlow’s first shoot-out win in any competition since an FA Cup replay against Ebbsworth in 2011, when Callaghan was still playing at left-back.
> Kingsfield boss Martin Dunne shook hands with every Harlow player before leading his team to the away end, where 1,100 travelling fans applauded them off.
## 16:40 | FT: Harlow 2-1 Kingsfield (agg 3-3)
> Full time at the Quayside: it goes to penalties.
## 16:37 | GOAL! Harlow 2-1 Kingsfield (Okonjo 90+3’)
> Unbelievable! Walsh swings in a free-kick from the right, Okonjo throws himself at it and the ball flies in off the post. 2-1 on the night, 3-3 on aggregate.
> The referee, Mr. J. Hollins, checks with his assistant for offside and then points to the centre spot. Bedlam.
## 16:24 | Red card: Kingsfield’s Jordan Pike is sent off for a second booking
> Pike, already booked for dissent, pulls back Adeyemi on the halfway line (78’). Kingsfield down to ten men with a dozen minutes to play.
## 15:48 | HT: Harlow 1-1 Kingsfield (agg 2-2)
> Half-time, and it’s all square. Kingsfield had the better of the last 15 minutes and deserved their equaliser, though Callaghan will be furious with the marking.
> 45+2’: Brennan’s shot from 25 yards is tipped over by the Kingsfield keeper, Ollie Strand.
## 15:39 | GOAL! Harlow 1-1 Kingsfield (Ashworth 38’)
> Kingsfield level on the night. Ashworth is left unmarked at the back post from a corner and volleys in. 1-1, and Kingsfield lead 2-1 on aggregate again.
## 15:24 | GOAL! Harlow 1-0 Kingsfield (Okonjo 23’)
> Okonjo makes amends for last week’s miss! Brennan’s through ball splits the Kingsfield defence and the captain slots it under Strand. 1-1 on aggregate.
## 15:00 | Kick-off
> We’re under way at the Quayside.

=== en-live-denby-mayor
lang: en
outlet: Denby Post
title: Denby mayoral election results LIVE: Grace Okafor on course for victory with 52.4% as Labour hold 31 of 48 council seats
caption: Counting staff at the Denby Leisure Centre, where ballot boxes began arriving shortly after 10pm.
link: https://example.co.uk/news/politics/denby-mayor-election-results-live
author: Hannah Whitlock and Raj Patel
date: 2027-05-07 02:18:00
tags: Politics, Denby, Elections
options: time=prefix bullet=•
> Polls closed at 10pm in the first election for Denby’s new directly elected mayor, and the count is under way at the Denby Leisure Centre.
> Five candidates are standing: Grace Okafor (Labour), Stephen Marsh (Conservative), Dr. Alison Reeve (Liberal Democrat), Tomasz Nowak (Green) and the independent Barry “Baz” Collins, a former Denby Rovers goalkeeper.
> All 48 seats on Denby Borough Council are also up for election after boundary changes. Labour has controlled the council since 2012 and needs 25 seats for a majority.
> Turnout is expected to be around 34%, slightly up on the 2023 local elections. Follow the results as they come in with our team at the count.
kp: What we know so far
* Labour have held Denby Borough Council with 31 of the 48 seats, up from 27 before the election, while the Conservatives fell from 16 seats to 9.
* Grace Okafor leads the mayoral count with 52.4% of first-preference votes, which would mean no second round is needed.
* Turnout was 36.8%, the highest for a local election in Denby since 2004.
* The Greens won their first ever seats on the council, taking all three seats in Riverside ward.
## 2:11am | 52.4%: Grace Okafor elected Denby’s first mayor without the need for a second count
> It’s official. The returning officer, Mrs. Patricia Lund, has declared Grace Okafor elected with 41,882 first-preference votes, 52.4% of the total. Because she passed the 50% threshold, second preferences will not be counted.
> Stephen Marsh came second with 19,210 votes (24.0%), ahead of Dr. Reeve (11.3%), Mr. Nowak (7.9%) and Mr. Collins (4.4%).
## 1:46am | Labour hold Denby Borough Council with 31 of 48 seats declared
> The final ward, Northgate, has just declared, and Labour win two of its three seats. The new council will have 31 Labour members, 9 Conservatives, 5 Liberal Democrats and 3 Greens.
> That is four more seats for Labour than before the election, and a bruising night for the Conservatives, who lose seven, including their group leader, Cllr. Derek Haines, in Orchard Park.
## 1:15am | Greens take all three seats in Riverside ward, their first councillors anywhere in Denby borough
> A historic moment for the Green Party, whose candidates topped the poll in Riverside by more than 600 votes.
## 12:58am | Turnout confirmed at 36.8%
> The returning officer confirms turnout of 36.8% across the borough, up from 31.2% in 2023. It was highest in Orchard Park (48.1%) and lowest in Station Road (22.6%).
## 12:20am | Marsh concedes: “The voters have spoken and I congratulate Grace Okafor on a very clear result”
> Stephen Marsh has conceded in an interview with Denby FM, before any official mayoral result has been announced. Conservative sources at the count say their own sampling of ballot papers put Okafor well above 50%.
> “It’s been a privilege to stand. The voters have spoken, and I congratulate Grace Okafor on a very clear result. I’ll be holding her to account from the council chamber,” he said.
## 11:34pm | What does the mayor actually do?
> The new mayor will have a budget of about £310m a year and powers over transport, housing and skills, transferred from the county council under the devolution deal signed in 2025.
> The mayor will chair a new combined authority, with the leaders of the borough’s three district councils. Decisions on the budget need a two-thirds majority, meaning the mayor cannot act alone.
> The role pays £78,500 a year. The mayor cannot also be a councillor, so if Okafor wins, she will have to stand down as a member for Castle ward, triggering a by-election within 35 working days.
> There has been some confusion about the title: the new post is “Mayor of Denby”, while the ceremonial “Mayor of the Borough of Denby”, who chairs council meetings and opens fêtes, remains an annual appointment.
> Turnout in the handful of other places that elected a first mayor in recent years has often been low: 29% in Ebbsworth in 2024, 26% in Kings Lacey in 2022.
> Critics of the deal, including the Liberal Democrats, argued that Denby would be better served by a strong council leader. Dr. Reeve called the new office “an expensive answer to a question nobody asked”.
## 10:49pm | First ballot boxes arrive from Castle ward
> The first boxes have arrived at the leisure centre, carried in by police officers. Verification, checking the number of papers in each box against the polling station records, will take at least two hours.

=== en-plain-rates-hold
lang: en
outlet: The Harbour City Ledger
title: Central bank holds rates at 4.25% as inflation eases to 3.1%, but warns of “bumpy road” ahead
caption: The bank’s governor, Dr. Evelyn Marsh, at a press conference in Harbour City on Thursday.
link: https://example.com/business/economy/central-bank-holds-rates-4-25
author: Michael O’Donnell
date: 2027-04-08 14:45:00
tags: Business, Economy, Interest rates
options: authorspace
> The Harbour Reserve Bank left its main interest rate unchanged at 4.25% on Thursday, as expected, after data showed consumer price inflation eased to 3.1% in March from 3.6% in February. The decision, announced at 12 p.m., was backed by six of the nine members of the Monetary Policy Committee (MPC); three voted for a cut of 0.25 percentage points.
> “We are heading in the right direction, but it is a bumpy road and we are not there yet,” the governor, Dr. Evelyn Marsh, told reporters. “The last mile is always the hardest.” She repeated that the bank expected inflation to return to its 2% target “by the end of 2028, i.e. in about 18 months”.
> Markets had priced in a roughly 80% chance of a hold. The Harbour dollar rose 0.4% against the U.S. dollar to $0.7812 within minutes of the announcement, and the yield on two-year government bonds climbed 6 basis points to 3.94%.
> The minutes, published alongside the decision, show members were split over wage growth, which remains at 5.2% a year. Three members, incl. the deputy governor, Mr. Paul Ashby, argued that weaker hiring (the number of vacancies fell by 41,000 between Oct. 2026 and Feb. 2027) justified an immediate cut.
> Business groups were disappointed. “Every month of delay costs firms approx. $1.4bn in extra interest,” said Sarah Kiernan, head of the Harbour Chamber of Commerce. Households with variable-rate mortgages, about 1 in 4 borrowers, have seen monthly repayments rise by an average of $612 since Jan. 2024.
> The next decision is due on May 20. Analysts at Bryce & Hammond Ltd. now expect a first cut in August, “unless the oil price does something silly”, as its chief economist, Dr. Oona Feld, put it in a note to clients.
