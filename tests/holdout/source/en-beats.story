#! English held-out articles, other beats: invented news, invented people, clubs, firms and places.

=== en-live-transfer-deadline
lang: en
outlet: The Northern Sports Desk
title: Transfer deadline day live: Castlebridge land £45m Ruiz as Ashby Vale scramble for a striker
caption: Mateo Ruiz arrives at the Castlebridge training ground on Monday afternoon.
link: https://example.co.uk/football/live/transfer-deadline-day-summer
author: Jamie Pritchard
date: 2027-09-01 23:14:00
tags: Football, Transfers, Premier League
options: bullet=-
> The summer transfer window closed at 11pm, and as ever the final hours were busier than the previous eight weeks put together. Castlebridge broke their club record to sign the Uruguayan forward Mateo Ruiz, while Ashby Vale spent most of the evening trying, and failing, to find a replacement for their injured captain.
> Clubs had until 11pm to submit paperwork, but deals can still be confirmed later if a “deal sheet” was lodged in time, so expect a few more announcements after midnight.
kp: What we know
* Castlebridge sign Mateo Ruiz for a club-record £45m
* Ashby Vale’s move for Kofi Mensah collapses
* Westport loan Danny Hale to Real Ovieda (with option to buy)
* Window shut at 11pm; deal sheets extend some deals
## 11.42pm | Ashby Vale’s move for Kofi Mensah collapses
> Ashby Vale’s late bid for the Norwegian-based striker Kofi Mensah has fallen through. The club had agreed a £12m fee with FK Sandvik, but the player’s representatives could not agree personal terms before the deadline, according to people familiar with the talks.
> It leaves the manager, Rob Kilbride, with only one fit senior striker for the next four months. “We tried. Sometimes it doesn’t happen,” he told the club’s website, which hardly counts as a ringing statement of calm.
## 11.05pm | That’s it: the window is shut
> The window has closed. Premier League clubs spent an estimated £2.3bn this summer, according to the accountancy firm Delmore & Pike LLP, just short of last year’s record. About £310m of that was spent on deadline day alone.
> 14 clubs lodged deal sheets in the final hour, so there will be more confirmations trickling in. We’ll bring you all of them here.
## 9.48pm | Westport loan Danny Hale to Real Ovieda (with option to buy)
> The Westport winger Danny Hale has joined the Spanish side Real Ovieda on a season-long loan, with an option to buy for €9m next summer. Hale, 21, made 17 appearances last season but had fallen down the pecking order after the arrival of two new wide players in July.
> #HaleToOvieda was trending in Spain within minutes of the announcement, mostly thanks to a clip of his 40-yard goal against Harlow in the FA Cup that has now been viewed more than a million times.
## 7.32pm | Castlebridge sign Mateo Ruiz for a club-record £45m
> Here it is. Castlebridge have confirmed the signing of Mateo Ruiz from Club Atlético Riberas on a five-year contract. The fee is understood to be £40m up front with a further £5m in add-ons, comfortably beating the £33m they paid for J. D. Okonkwo in 2025.
> “I watched this club on TV when I was a boy in Montevideo,” Ruiz said in his first interview. “When they called, there was nothing to think about.” He will wear the No. 9 shirt and could make his debut against Ashby Vale on Saturday.
## 4.15pm | How much have clubs spent? Our tracker, updated
> Our running total of confirmed fees now stands at £1.96bn for the 20 Premier League clubs, with Castlebridge (£131m) top of the spending table ahead of Westport (£98m) and Harlow Athletic (£74m). Three clubs have yet to spend a single penny, though all of them insist that is a choice rather than a problem.
> You can see every deal, sorted by club, fee and position, at www.northernsportsdesk.example/transfers. Fees are as reported, not confirmed, unless the club has published them.
## 1.50pm | Harlow Athletic keeper in talks with Sporting Lisbonne
> Harlow Athletic’s second-choice goalkeeper, Ben Atherton, has travelled to Portugal for talks with Sporting Lisbonne, who are looking for a replacement after their first-choice keeper broke a finger in training on Friday. A loan with an obligation to buy for about €6m is being discussed.
> Atherton, 26, has played only four league games in two seasons, all of them while the club captain was suspended. Harlow are said to be happy to let him go, provided they can bring in a replacement before 11pm.
## 12.01pm | Good afternoon
> Welcome to our coverage of deadline day. It promises to be a busy one: at least six Premier League clubs are still chasing a striker, and several Championship sides are waiting for the big clubs to move before they can complete their own business. Send your thoughts and rumours to sport.live@northernsportsdesk.example.

=== en-live-film-awards
lang: en
outlet: Screen & Stage Weekly
title: Silver Heron Awards 2027: ‘Salt Country’ wins best film as Daniel Oyelaran takes best actor
caption: Nadia Kassem holds her award for best director at the Palace Theatre.
link: https://example.com/film/live/silver-heron-awards-2027
author: Priya Venkataraman
date: 2027-02-28 23:55:00
tags: Film, Awards, Silver Heron Awards
options: bom
> ‘Salt Country’, Nadia Kassem’s drama about a fishing town that refuses to be relocated after a storm, has won best film at the 41st Silver Heron Awards, capping a night in which the film took five awards from nine nominations. Kassem also won best director, the first woman to win both awards in the same year.
> The ceremony, held at the Palace Theatre in Kingsport and hosted for the second year running by the comedian Fern Adebayo, ran almost 40 minutes over time, thanks partly to a fire alarm during the second half that emptied the stalls for ten minutes.
kp: The winners so far
* Best film: ‘Salt Country’
* Best director: Nadia Kassem
* Best actor: Daniel Oyelaran, ‘The Long Field’
* Best actress: Grace T. Mulholland, ‘Winter Letters’
## And the best film is… ‘Salt Country’
> ‘Salt Country’ has won best film, beating the heavy favourite ‘Winter Letters’. The producers, Omar Haddad and Lucy Brennan, invited the entire cast of 43 onto the stage, many of them residents of the real town of Carrow Bay, where the film was shot over a freezing winter.
> “We made this film for £2.1m, in a place where there isn’t a single cinema,” Haddad said. “Next week we’re taking it back there, to the school hall, with a projector and 300 chairs.”
## Best director: Nadia Kassem
> Nadia Kassem was visibly shaken as she took the stage. “I was told for ten years that this was not a story anyone would pay to see,” she said. She dedicated her award to her late father, a fisherman, and to “every town that has been told to move for its own good”.
## Best actor: Daniel Oyelaran, ‘The Long Field’
> Daniel Oyelaran won best actor for his role as a retired rugby player losing his memory in ‘The Long Field’. It is his first award after three nominations. He thanked his mother, “who drove me to every audition for six years in a car with no heating”, and his co-star, the 11-year-old Ellie Marsh.
> 3 nominations, 1 win, and a speech that lasted 22 seconds: Oyelaran was the quickest winner of the night, and the audience loved him for it.
## Fire alarm empties the Palace Theatre
> The ceremony was halted for about ten minutes after a fire alarm went off during the presentation of the award for best sound. Guests, many of them in evening dress, were led out on to Regent Street in the drizzle. The theatre later said a smoke machine used in a musical tribute had triggered a detector. Nobody was hurt, and Fern Adebayo returned to the stage with the words: “Well, that’s one way to wake up the back row!”
## Best actress: Grace T. Mulholland, ‘Winter Letters’
> Grace T. Mulholland has won best actress for ‘Winter Letters’, in which she plays a poet who rediscovers her mother’s wartime correspondence. The 68-year-old, nominated for the first time in 1984, said she had “stopped ironing the dress after the fourth nomination”.
## Best documentary: ‘The Last Lamplighter’
> ‘The Last Lamplighter’, a portrait of the 82-year-old man who still lights the gas lamps of an old quarter of Kingsport by hand every evening, won best documentary. Its subject, Albert Thwaite, was in the audience and received a standing ovation when the director, Ines Caldwell, pointed him out from the stage.
> “He asked me if he could leave early. He has lamps to light at six tomorrow,” Caldwell said to laughter.
## Red carpet: who wore what
> The Palace Theatre’s red carpet was, as usual, more of a pink one, faded by 40 years of rain. Guests arrived from 5.30pm, with most of the attention on the ‘Salt Country’ cast, who arrived together on a hired double-decker bus from the station.

=== en-live-game-showcase
lang: en
outlet: Pixel Pulse
title: PlayStation Showcase live: ‘Driftline 2’ dated, new handheld confirmed and a surprise from the YouTube era
caption: Kenji Arakawa on stage at the showcase in Los Angeles.
link: https://example.com/games/live/playstation-showcase
author: Leo Martinez and Hannah Cole
date: 2027-05-24 22:30:00
tags: Games, PlayStation, Showcase
options: bullet=• crlf
> The annual PlayStation Showcase has just wrapped up after 72 minutes of trailers, release dates and one genuinely unexpected piece of hardware. We’ve been following it all as it happened, with reaction from developers and from the chat, which was not always kind.
kp: Key points
* ‘Driftline 2’ arrives on 14 October
* A new handheld, the PlayStation Pocket, confirmed for 2028
* ‘Paper Knights’ remaster coming to PS5 and PC
* Price rise for PlayStation Plus
## 22.14 | Our verdict: the best showcase in years?
> Stepping back for a moment: this was a strong show. Nothing dragged, the trailers were mostly gameplay rather than cinematics, and the handheld gives people a reason to pay attention beyond the next blockbuster. The subscription price rise will annoy a lot of people, and it was buried in the middle of the show for a reason.
> What was missing? Any sign of the long-rumoured ‘Moonward’ sequel, and anything at all from the company’s Tokyo studio, which has been silent for three years. Let us know what you thought: we’re at live@pixelpulse.example, or @PixelPulse on most platforms.
## 22.05 | ‘Paper Knights’ remaster coming to PS5 and PC
> The final trailer of the night was for a remaster of ‘Paper Knights’, the 2009 cult platformer that started life as a student project and became one of the most-watched speedrun games on YouTube. The remaster, by the original two-person team, adds a co-op mode and a level editor, and arrives “this winter”.
> “We were 22 when we made it, in a bedroom in Leeds. We never thought anyone would still be playing it,” said co-creator Sam Ilesanmi in a pre-recorded video.
## 21.48 | A new handheld, the PlayStation Pocket, confirmed for 2028
> Here it is: a handheld. Kenji Arakawa confirmed a dedicated portable console, the PlayStation Pocket, with an 8in OLED screen and the ability to play “most” PS5 games natively rather than by streaming. No price yet, and no exact date beyond “2028”, but a short video showed it running ‘Driftline 2’ at what looked like a steady frame rate.
> 9.5 hours of battery life was the headline claim, though that figure was for “lighter” games, according to the small print on screen. Reaction in the chat was mixed; a lot of people simply asked whether it would be cheaper than an iPhone.
## 21.30 | Price rise for PlayStation Plus
> Less welcome news: subscriptions to PlayStation Plus will go up by between 10% and 15% from July, depending on the tier. The top tier will cost $179.99 a year in the U.S. and £149.99 in the UK. Existing subscribers keep their current price until their next renewal date.
## 21.12 | ‘Driftline 2’ arrives on 14 October
> The biggest cheer of the night, at least from the audience in the hall, was for ‘Driftline 2’, which finally has a date: 14 October. The open-world racer now has a map roughly three times the size of the original, set along the coast of an invented Mediterranean island, with a full day-night cycle and weather.
> A collector’s edition will cost $129.99, including a steelbook and a physical map. Pre-orders open tomorrow on the PlayStation Store and on eBay through “selected partners”, whatever that means.
## 21.00 | We’re live
> And we’re off. The stream opened with a three-minute montage of 30 years of PlayStation, from the grey original to the PS5 Pro, set to an orchestral version of the original boot sound. Around 2.4 million people were watching on YouTube and Twitch as the show began.
## 20.40 | What to expect tonight
> Rumours have been flying for weeks. The safest bets are a release date for ‘Driftline 2’ and some news on subscriptions; the wildest talk, from a handful of leakers on X, is of a new handheld. @PixelPulseLeo, our own news editor, gave it “about a 30% chance” this morning. We’ll see.

=== en-live-court-ruling
lang: en
outlet: The Capital Ledger
title: Supreme Court strikes down Haverford data law in 6-3 ruling – live reaction
caption: Protesters outside the Supreme Court before the ruling was handed down.
link: https://example.com/law/live/supreme-court-haverford-data-ruling
author: Marcus Bell
date: 2027-06-27 15:20:00
tags: Law, Supreme Court, Privacy
options: time=paren bullet=•
> The Supreme Court has struck down the Haverford Data Protection Act, a state law that required social media companies to verify the age of every user and to obtain parental consent for anyone under 16. The 6-3 decision, written by Justice Elena Vargas, holds that the law’s verification requirement violates the First Amendment.
> The ruling is a major victory for tech companies and civil liberties groups, and a setback for the more than 20 states that have passed or are considering similar laws. Here is the reaction as it came in.
kp: What you need to know
* The court ruled 6-3 against the Haverford law.
* Justice Vargas wrote for the majority; Justice Okafor dissented.
* Similar laws in 22 states are now in doubt.
* Haverford’s governor says she will “write a better law”.
## 11.48am | Haverford governor: ‘We will write a better law’
> Governor Deborah Linz said she was “disappointed but not defeated”. Speaking outside the state capitol, she said her office would work with legislators on “a narrower law that protects kids and survives the courts”, and that a special session could be called as early as August.
## 11.20am | Tech groups hail ‘landmark’ decision
> NetChoice and the Computer & Communications Industry Association, which brought the challenge, called the ruling a “landmark for free expression online”. Social platforms including Chirp Inc. and Frameline Media Corp. said in near-identical statements that they “share the goal of keeping young people safe” but that age verification for every adult user “was never the right tool”.
## 10.55am | Justice Okafor’s dissent: ‘The court has chosen the platforms over the parents’
> Writing for the three dissenting justices, Justice Samuel Okafor accused the majority of “choosing the platforms over the parents”. He argued that the state had a compelling interest in protecting children, and that the law’s requirements were “no more burdensome than showing ID to buy a lottery ticket”.
> “Today’s decision will be read in every state capitol as an instruction to stop trying,” he wrote. The dissent runs to 41 pages, longer than the majority opinion.
## 10.12am | The ruling: what the majority said
> In a 34-page opinion, Justice Vargas wrote that requiring every user to prove their age “burdens the speech of millions of adults in order to reach a minority of minors”. She said the state had failed to show that less restrictive options, such as parental controls or device-level settings, would not work.
> She was joined by the Chief Justice and by Justices Holt, Brennan-Ruiz, Adeyemi and Strauss, an unusual coalition that crosses the court’s usual ideological lines.
## 10.30am | What happens to the other 22 state laws?
> Most of the state laws modelled on the Haverford act contain the same requirement that every user prove their age, and lawyers on both sides say they are now very unlikely to survive. Four of them are already blocked by lower courts; the rest will probably face challenges within weeks.
> A handful of states took a different route, putting the duty on app stores or on device makers such as the maker of the iPhone rather than on each platform. Legal experts said those laws might stand a better chance, although the majority opinion’s reasoning “casts a long shadow” over them too, according to Prof. Linda Achterberg of Carrow Law School.
## 10.02am | Decision is in: 6-3 against the Haverford law
> The court has ruled, 6-3, that the Haverford Data Protection Act is unconstitutional. The decision affirms the ruling of the Court of Appeals for the 9th Circuit, which had blocked the law from taking effect in 2026.

=== en-plain-earnings
lang: en
outlet: Market Street Journal
title: Halvern Systems Inc. beats forecasts with $3.5bn quarter as cloud sales jump 31%
caption: Halvern’s headquarters in Redmond Falls, Washington.
link: https://example.com/business/halvern-systems-q3-results
author: Sofia Lindqvist
date: 2027-10-28 21:40:00
tags: Business, Technology, Earnings
> Halvern Systems Inc. reported third-quarter revenue of $3.5bn on Tuesday, up 18% from a year earlier and well ahead of the $3.2bn analysts had expected, as businesses rushed to move their data into the company’s cloud services. Shares rose 9% in after-hours trading in New York.
> Net income came in at $612m, or $1.47 a share, compared with $488m, or $1.16, in the same quarter of 2026. Cloud revenue, now more than half of the total, grew 31% to $1.9bn, the fastest rate in three years.
> “Customers are no longer asking whether to move to the cloud. They are asking how fast,” chief executive Maria D. Castellanos told analysts on a call after the results. She said the company had signed 14 contracts worth more than $100m each during the quarter, against six a year ago.
> Not everything went well. Revenue from Halvern’s hardware division, which makes servers and storage systems, fell 7% to $640m, its fourth consecutive decline. The company is “reviewing options” for the unit, Ms. Castellanos said, declining to say whether a sale was on the table. Was that a hint? Analysts at Bryce & Hammond certainly thought so.
> Halvern raised its full-year forecast to between $13.6bn and $13.8bn, from $13.1bn to $13.4bn previously. It also announced a $5bn share buyback programme and an increase in its quarterly dividend to 38 cents, from 34 cents.
> The results make Halvern the No. 3 cloud provider in the U.S. by revenue, behind two much larger rivals, according to the research firm Canalys. Its market share rose to 9.4%, from 8.1% a year ago.
> Spending on data centres remains a concern for some investors. Capital expenditure reached $1.1bn in the quarter, up 44%, as the company builds new sites in Ohio, Ireland and Singapore. Chief financial officer Tom Reyes said spending would “stay elevated” through 2028 but would be funded from cash flow, not debt.
> The company also faces a lawsuit from the Federal Trade Commission, filed in March, alleging that Halvern made it unreasonably hard for customers to move their data to rival services. Halvern denies the claims. A trial is scheduled for September 2028 in the U.S. District Court in Seattle.
> The chief executive also addressed the company’s plans for artificial intelligence, which have so far been more cautious than those of its rivals. Halvern will invest $2bn over three years in chips and software for AI workloads, she said, but will not build its own large language model. “Our customers want a choice of models, not ours. We sell the shovels, not the gold,” she said.
> Wall Street was broadly impressed. Analysts at Greystone Partners raised their price target to $212 from $185, citing “remarkably consistent execution”, while Kessler & Voight upgraded the stock to “buy”. A minority remained sceptical: one analyst on the call asked whether cloud growth could last once the current rush to migrate old systems slows. Ms. Castellanos said she expected growth “in the mid-twenties” for at least two more years.
> Investors can listen to a recording of the call at investors.halvern.example, and questions can be sent to ir@halvern.example. The company will report fourth-quarter results on 3 February.

=== en-plain-asteroid-study
lang: en
outlet: The Science Record
title: Grains from asteroid Tamsin hold water older than the Sun, study finds
caption: A scanning electron microscope image of a grain from asteroid Tamsin.
link: https://example.com/science/asteroid-tamsin-water-older-than-sun
author: Dr. Ruth Abernethy
date: 2027-04-09 19:00:00
tags: Science, Space, Asteroids
options: authorspace
> Tiny grains of dust brought back to Earth from the asteroid Tamsin contain water that formed before the Sun itself, according to a study published on Wednesday in the journal Planetary Origins. The finding suggests that some of the water on Earth may have been older than the solar system when it arrived.
> The samples were collected in 2025 by the Japanese-European probe Hikari-2, which touched down on the 900-metre asteroid for six seconds and returned 5.4 grams of material to a desert in Australia last year. It is the largest sample ever returned from an asteroid.
> A team led by J. R. Okafor at the University of Edinburgh measured the ratio of deuterium, a heavy form of hydrogen, to ordinary hydrogen in 212 grains. In 17 of them, the ratio was up to four times higher than in Earth’s oceans, a signature of ice that formed at temperatures below -250C in the cold cloud of gas and dust from which the Sun was born.
> “This is water that was already 4.6 billion years old, or a bit more, when the solar system formed,” Dr. Okafor said. “It survived the formation of the Sun, the formation of the asteroid, and then sat there, locked inside minerals, until we came along and picked it up.”
> How did it survive? The team believes the water was trapped inside clay minerals very early on, which shielded it from the heat of the young Sun. The grains with the oldest water were all found deep inside larger fragments, rather than at the surface, which had been exposed to radiation for millions of years.
> Not everyone is convinced. Prof. Hélène Marchand of the Paris Institute of Planetary Science, who was not involved in the study, said contamination during the return and handling of the samples could not be completely ruled out. “The numbers are remarkable. I would like to see them reproduced in a second laboratory before we rewrite the textbooks,” she said.
> The authors say they took every precaution: the grains were opened in a nitrogen-filled cabinet at the sample curation centre in Sagamihara and never exposed to air. A second team, at NASA’s Johnson Space Center in Houston, is analysing another portion of the sample and expects to publish early next year.
> The study, Okafor et al., is freely available at https://doi.example/10.5555/po.2027.0412, along with the raw measurements. The team has also published a short explainer video on YouTube for non-specialists.
> If confirmed, the result would strengthen the idea that asteroids like Tamsin delivered a significant share of Earth’s water in the first few hundred million years of its history. Other researchers have argued that most of it came from the material that formed the planet itself, or from comets. “It is probably all three, in proportions we are still arguing about,” Dr. Okafor said.
> For the Hikari-2 mission team, the paper is a vindication. The probe nearly failed in 2024, when one of its four reaction wheels stopped working during the approach to Tamsin. Engineers in Sagamihara and Darmstadt rewrote its control software in eleven days to let it steer with three. “We were this close to coming home with nothing!” recalled the mission’s chief engineer, Dr. Aiko Fujimura.
> Hikari-2 is now on its way to a second asteroid, 2019 QX7, which it should reach in 2030. Only about 0.3 grams of the Tamsin sample has been used so far; the rest is being kept for future instruments that have not yet been invented.

=== en-plain-ebay-seller
lang: en
outlet: The Dunmore Advertiser
title: Retired teacher turns her late husband’s camera collection into a $1.2m eBay business
caption: Margaret Ellison in the spare room she calls “the shop”.
link: https://example.com/local/dunmore-camera-ebay-business
author:
date: 2027-08-16 08:00:00
tags: Local, Business, Dunmore
options: exit=none
> When Margaret Ellison’s husband, Frank, died in 2021, he left her a house in Dunmore, a 1998 Buick and 1,400 film cameras. “I knew he had a lot. I did not know he had fourteen hundred,” she says, sitting in what used to be the dining room and is now, in her words, “the shop”.
> Six years later, Mrs. Ellison, 71, a retired high school chemistry teacher, has sold more than 3,800 cameras, lenses and accessories on eBay, for a total of just over $1.2m. She now buys collections from other families, cleans and tests every item herself, and ships to 46 countries.
> Her best sale so far? A 1954 Leica M3 with its original box and receipt, which went for $8,950 to a collector in Osaka. Her worst, she says, was a camera she sold for $40 that turned out to have a roll of undeveloped film inside it. The buyer had it developed and sent her the photos: Frank, aged about 30, on a beach in Maine.
> The business has rules, written on a whiteboard by the door: (1) test everything, (2) describe every scratch, (3) never argue with a buyer, (4) no sales after 9 p.m. “That last one is for me. You make mistakes when you’re tired,” she says. Her feedback score is 100% positive over 3,412 ratings.
> She learned the trade from YouTube videos and from an online forum, FilmCameraFixers, whose members she now calls friends. One of them, a retired engineer in Ohio known on the forum as @shutterdoc, walks her through difficult repairs on video calls every Sunday.
> The demand surprised her. Film photography has enjoyed a revival among people in their twenties, many of whom grew up with nothing but an iPhone. “They come to the house sometimes, these kids, and they hold a camera like it’s a piece of treasure. Which it is!” Prices for some models have tripled since 2020, according to the collectors’ guide published at www.cameraprices.example.
> Her son, David, who works in IT in Chicago, set up a website, ellisoncameras.example, and handles the tax paperwork. He says his mother works longer hours now than she did as a teacher. She does not dispute it. “But I choose the hours. And nobody gives me marking.”
> There have been setbacks. In 2024, a buyer in Texas claimed a $2,300 lens had arrived broken and kept both the refund and the lens; eBay sided with the buyer. A burst pipe the following winter ruined two boxes of manuals and a set of leather cases. And there was the week her account was suspended by mistake, which she describes as “the longest seven days since the school inspection of 1996”.
> She has also become something of a local celebrity. The Dunmore Public Library asked her to give a talk on the history of the camera in April; 120 people came, and the library had to move it to the high school auditorium. She brought 30 cameras and passed them round the room. All 30 came back.
> What would Frank think? She laughs. “He’d be horrified that I sold them. Then he’d ask how much I got.” She has kept one camera for herself, a battered Kodak Retina that he carried on their honeymoon in 1977. It is not for sale, she says, at any price. Enquiries about the others can be sent to shop@ellisoncameras.example.
