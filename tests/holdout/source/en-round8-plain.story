#! English plain articles: invented news and people. (round 8)

=== en-plain-adviser-jailed
lang: en
outlet: Midlands Evening Post
title: Financial adviser who stole £2.4m from retired clients jailed for seven years
caption: Raymond McAllister leaving Warwick Crown Court during his trial.
link: https://example.co.uk/news/crime/financial-adviser-jailed-seven-years
author: Bethany Osei
date: 2030-10-03 15:12:00
tags: Crime, Courts, Fraud
> A financial adviser who stole more than £2.4m from 19 clients, most of them retired teachers and nurses, has been jailed for seven years. Raymond McAllister, 61, of Leamington Spa, moved money from his clients’ pension and savings accounts into a U.S.-registered company he controlled, and used it to pay for a villa in Portugal, a boat and school fees.
> Sentencing him at Warwick Crown Court on Thursday, Judge Dr. Miriam Castell said he had “looked his victims in the eye, drunk tea in their kitchens and robbed them”. She added: “Trust was your product. You sold it and then you stole it.”
> The court heard McAllister ran a small firm, McAllister Wealth Partners, from an office above a dry cleaner’s in the town centre. Between 2021 and 2028 he persuaded clients to sign blank transfer forms, telling them they were for “routine rebalancing”. Some of the stolen money was used to pay returns to earlier clients so that the fraud went unnoticed for years.
> One victim, a retired headteacher who cannot be named for legal reasons, lost £310,000, almost all of her savings. In a statement read to the court, she said: “I used to think I was careful with money. Now I check my bank balance at 3 a.m., every night, even though there is nothing left to check.”
> The fraud was discovered in March 2029, when a client’s son, an accountant, noticed a payment of exactly £48,500 to a company in Delaware. He contacted the Financial Conduct Authority (FCA), which passed the case to Warwickshire Police. Officers later found that McAllister had transferred a further £600,000 to an account in the U.K. held in his sister’s name.
> Defending, Mr. Jonathan Price said his client had “lost control of a situation that started with one bad investment”, and had shown genuine remorse. McAllister pleaded guilty to 19 counts of fraud by abuse of position at a hearing in July. Judge Castell said the plea saved the victims from giving evidence but did not “begin to balance” the harm he caused.
> A hearing under the Proceeds of Crime Act will take place next year. Police said about £900,000 had been recovered so far. Anyone who believes they may have been affected can contact the investigation team at fraud.enquiries@example-warks.police.uk.

=== en-plain-newport-chip-plant
lang: en
outlet: South Wales Business Review
title: U.S. chipmaker LumiGrid to build £2.5bn plant in Newport, creating 1,000 jobs
caption: An artist’s impression of the planned LumiGrid plant at Celtic Lakes.
link: https://example.co.uk/business/lumigrid-newport-chip-plant
author: Gwen Pritchard
date: 2030-03-06 07:00:00
tags: Business, Semiconductors, Newport, Jobs
options: crlf bom
> LumiGrid, the U.S. maker of power semiconductors, is to build a £2.5bn factory in Newport, creating about 1,000 permanent jobs and 3,500 during construction. The plant, on a 40-hectare site at Celtic Lakes, will make silicon carbide chips for electric vehicles and wind turbines and is due to open in 2033.
> The company said it had chosen south Wales over sites in Ohio and northern Portugal because of the skills already in the area and the “speed and seriousness” of the UK and Welsh governments. Ministers have agreed a support package worth about £350m, i.e. roughly 14% of the total investment, mostly in grants for training and site infrastructure.
> LumiGrid’s chief executive, Dr. Rachel Ho-Stanford, said the region had “a semiconductor heritage that many people outside it have forgotten”. She added: “When we asked for 300 process engineers within 18 months, people here didn’t laugh. They showed us where to find them.”
> The plant will be LumiGrid’s first outside North America. Its chips, which handle high voltages more efficiently than conventional silicon, are used by carmakers including Voltaris and EcoDrive, and by the Danish turbine maker WindHaven. Demand for silicon carbide is expected to grow by about 3.5 times by the end of the decade.
> Local politicians welcomed the announcement, though some raised concerns about water use. The plant will need up to 4.2 million litres a day, according to the planning documents. LumiGrid says 70% will be recycled on site and that it is in talks with Afon Water about a dedicated supply.
> Cardiff and Vale College and the University of South Wales will run a new training programme for technicians, starting in September, with 240 places in its first year. Applications open on 1 April at www.example-usw.ac.uk/lumigrid, and the company says it will guarantee interviews to all graduates of the programme.
> Shares in LumiGrid rose 2.1% in pre-market trading in New York. The company reported revenue of $4.7bn last year, up 18%, and has a market value of about $38bn. Suppliers interested in bidding for construction contracts have been asked to register at suppliers@lumigrid.example before the end of the month.

=== en-plain-flood-gate
lang: en
outlet: Fenland Gazette
title: Residents demand answers after flood gate was left open on night Wisbeach Road flooded
caption: Floodwater on Wisbeach Road in Marshby on the morning of 9 November.
link: https://example.co.uk/news/marshby-flood-gate-left-open
author: Tom Adebayo-Clarke
date: 2030-11-14 18:30:00
tags: Flooding, Marshby, Environment Agency
options: nocaptionline authorspace
> Residents of Marshby have demanded an independent inquiry after it emerged that a flood gate on the River Leame was left open on the night 62 homes on Wisbeach Road were flooded. An internal report, seen by the Gazette, says the gate should have been closed by 10pm on 8 November but was not shut until almost five hours later.
> The report sets out the timeline in detail. At 9.42pm, the Environment Agency’s automatic gauge at Marshby Bridge showed the river had passed the trigger level. A text alert was sent to the on-call operator, who, according to the report, “did not acknowledge the message”.
> At 11.15pm, a second alert was sent, this time by e-mail and to a supervisor as well. Neither responded. The report says the supervisor’s phone was “in a vehicle being serviced” and that the on-call operator was dealing with a separate incident 30 miles away.
> By 1.05am the water was over the road. Residents began calling the fire service at 1.20am, and the gate was finally closed at 2.47am by an operator who had driven from Ely. By then water in some homes was more than half a metre deep.
> Angela Fitch, 67, who has lived on Wisbeach Road for 40 years, said she woke to the sound of water coming through her letterbox. “I came downstairs and the carpet was floating. Floating! I stood on the stairs and thought… how did nobody know?”
> The Environment Agency apologised “unreservedly” and said it had changed its procedures so that any unacknowledged alert is now escalated to a duty manager within 15 minutes. Area director Mr. Philip Okoye said: “We let the people of Marshby down. I am not going to pretend otherwise.”
> But residents say an internal review is not enough. The Marshby Flood Group has collected more than 1,400 signatures calling for an inquiry led by someone from outside the agency. “They marked their own homework,” said the group’s chair, Dr. Helen Wardle. “We want to know why the system relied on one man with one phone.”
> The local MP, Sarah Lindqvist, has written to the environment secretary asking for a meeting. She said the report raised “serious questions about staffing levels across the whole of the Fens”, where, she pointed out, several other gates are operated in the same way.

=== en-plain-harrowgate-results
lang: en
outlet: Retail Week Digest
title: Harrowgate supermarket profits jump 22% but boss warns of “tough summer” for shoppers
caption: A Harrowgate store in Basingstoke.
link: https://example.co.uk/retail/harrowgate-full-year-results
author: Priyanka Mehta
date: 2030-04-16 08:45:00
tags: Retail, Supermarkets, Results, Harrowgate
options: exit=none
> Harrowgate, the UK’s fourth-largest supermarket chain, has reported a 22% rise in annual profits, helped by strong sales of its own-brand ranges and a sharp fall in energy costs. Pre-tax profit for the year to the end of February was £1.14bn, up from £934m, on sales of £31.6bn.
> The results were slightly ahead of analysts’ forecasts, and shares rose 3.4% in early trading to 412p. The company will pay a final dividend of 8.2p a share and has announced a £400m share buyback, its largest since it returned to the stock market in 2026.
> Chief executive Nadia Al-Rashid said the group had won customers from rivals for 18 months in a row, particularly among families. But she warned that food inflation was likely to pick up again over the summer because of poor harvests in southern Europe and the rising cost of transport. “It’s going to be a tough summer for shoppers, and we will do what we can to hold prices, but we can’t promise miracles,” she said.
> Speaking to reporters at 7.30 a.m., before the results call with investors, Ms. Al-Rashid said prices of olive oil, tomatoes and citrus fruit were already rising. “We are seeing increases of 10 to 15% from some suppliers. Some of that we will absorb. Some of it, honestly... we won’t be able to.”
> The company’s online business grew 9% and now makes up 14.5% of sales. Its loyalty scheme, HarrowCard, has 11.2 million active members, 1.3 million more than a year ago. Ms. Al-Rashid said the scheme’s discounts would be extended to fuel at its 310 petrol stations from June.
> Analysts were broadly positive. “These are solid numbers, and the buyback is a clear signal of confidence,” said Mr. Callum Baxter, an analyst at Thornbury Securities. “The question is whether the margin gains are sustainable once inflation returns, and the company didn’t really answer that today.”
> Harrowgate employs about 148,000 people. It said all staff with at least a year’s service would share a £92m bonus pot, worth up to £620 each for full-time workers, which will be paid in May.

