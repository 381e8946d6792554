#! English held-out articles, untimed live blogs: invented news and people.

=== en-live-kings-speech
lang: en
outlet: The Westminster Courier
title: King’s Speech 2028 live: 38 bills unveiled including votes at 16 and a ban on new North Sea licences
caption: The King delivers the speech from the throne in the House of Lords.
link: https://example.co.uk/politics/kings-speech-2028-live-bills
author: Political staff
date: 2028-11-07 16:45:00
tags: Politics, King’s Speech, Parliament
options: bullet=•
> The government has set out its legislative programme for the new parliamentary session in the King’s Speech, with 38 bills ranging from lowering the voting age to 16 to a ban on new oil and gas licences in the North Sea. The speech, written by ministers and read by the King in the House of Lords, lasted just under 12 minutes.
> Prime Minister Helen Ashworth said the programme would “finish the job of national renewal”, while the Conservative leader, Edward Vane, dismissed it as “a shopping list with no price tags”.
kp: Key points
* 38 bills in the King’s Speech, including votes at 16
* No new North Sea oil and gas licences
* A new regulator for water companies with powers to jail bosses
* Vane: “A shopping list with no price tags”
## 38 bills in the King’s Speech, including votes at 16
> The Elections Bill will lower the voting age to 16 for all UK elections, bringing Westminster into line with Scotland and Wales. It will also introduce automatic voter registration and require donations of more than £500 to parties to be verified against the donor’s address. Ministers hope the changes will be in force before the next general election, due by August 2029.
> Around 1.6 million 16- and 17-year-olds would be added to the electoral roll, according to the Electoral Commission.
## No new North Sea oil and gas licences
> The Energy Independence Bill will write into law the government’s pledge not to grant new licences for oil and gas exploration in the North Sea, while allowing existing fields to operate until the end of their life. Industry body Offshore Energies UK warned the move could cost “tens of thousands of skilled jobs” in Aberdeen and the north-east of Scotland.
## Water bosses could face jail under new regulator
> A Water Reform Bill will abolish Ofwat and replace it with a single regulator, the Water Standards Authority, with powers to block bonuses and to bring criminal prosecutions against executives who obstruct investigations. Penalties of up to two years in prison are proposed, a measure campaigners had long demanded.
> Feargal O’Neill, of the campaign group Clean Rivers Now, said: “This is the first time the words ‘water’ and ‘prison’ have appeared in the same bill. We will judge it on whether anyone is ever actually charged.”
## Vane: “A shopping list with no price tags”
> Responding in the Commons, the Leader of the Opposition said the speech was “long on slogans and short on costings”. “Thirty-eight bills, not one of them explains who pays. It is a shopping list with no price tags, and it is the taxpayer who will be handed the bill at the checkout,” Mr Vane told MPs.
## What is not in the speech
> Several measures that had been widely trailed did not make the cut, including reform of the House of Lords, a bill on social care funding and the long-promised renters’ charter for England. Government sources said social care would be addressed in a separate white paper “early in the new year”, a phrase critics noted had been used in 2025, 2026 and 2027.
## “A bold programme”, says the Prime Minister
> Opening the debate on the Loyal Address, Ms Ashworth told MPs: “This is a bold programme for a country that is ready to move forward. We promised change, and this session we will deliver it.” She singled out the Elections Bill as “the biggest extension of the franchise since 1969”, when the voting age was lowered from 21 to 18.
## SNP and Lib Dems call for proportional representation
> The SNP’s Westminster leader, Iona MacRae, and the Liberal Democrat leader, Sir Tom Hargreaves, both criticised the absence of electoral reform. “If you are going to reform elections, reform the system that gave a government 63% of the seats on 34% of the vote,” said Sir Tom.
## The ceremony, in pictures and numbers
> The State Opening began at 11 a.m. with the King’s procession from Buckingham Palace in the Diamond Jubilee State Coach. As tradition dictates, a government whip, this year Rt Hon. Sarah Delaney MP, was “held hostage” at the palace to guarantee the monarch’s safe return. The Imperial State Crown, which weighs 1.06kg, travelled in its own carriage.
## Chancellor insists the programme is “fully funded” as the Institute for Fiscal Studies warns of a £14bn black hole by the end of the parliament
> The Chancellor, Marcus Oyelowo, told broadcasters that every measure in the speech had been “fully costed and fully funded” within the spending plans set out in the spring statement. But the Institute for Fiscal Studies said the programme implied additional spending of at least £14bn a year by 2031-32, mainly for the new water regulator, the expansion of free childcare and the defence procurement bill, and that the government had “not yet explained where a single penny of it will come from”. Its director, Paul Jennings, said the Treasury would face “a choice between tax rises, borrowing and cuts to unprotected departments” in the autumn budget, and that ministers could not keep “pretending otherwise” for long.

=== en-plain-sewage-fine
lang: en
outlet: The Severn Valley Echo
title: Mercia Water fined record £12.5m after 1,400 hours of sewage spills into the River Teme
caption: Campaigners test water quality on the River Teme near Ludlow.
link: https://example.co.uk/news/mercia-water-record-fine-river-teme-sewage
author: Hannah Pritchard
date: 2028-05-30 14:20:00
tags: Environment, Water, Courts
options: crlf
> Mercia Water has been fined a record £12.5m after admitting illegally discharging raw sewage into the River Teme for more than 1,400 hours over three years. Sentencing at Worcester Crown Court on Thursday, Mrs Justice Langley said the company had shown “a cavalier disregard for the environment and for the law”.
> The court heard that between January 2024 and December 2026 the company’s treatment works at Tenbury Wells released untreated sewage on 212 separate occasions, including during dry weather, when spills are not permitted under its permit. On one occasion, in August 2025, the discharge lasted 71 hours without interruption.
> Prosecuting for the Environment Agency, Mr Daniel Hurst KC told the court that monitors at the site had been faulty for 14 months and that the company had “failed to fix them, whether by negligence or by design”. Internal emails, he said, showed that managers had been warned about the problem at least four times.
> In mitigation, Ms Priya Raman KC, for Mercia Water, said the company had “accepted full responsibility” and had since invested £48.2m in upgrading the works, including a new storm tank with a capacity of 3,500 cubic metres. She said the chief executive, Mr Alan Forbes, wished to apologise “unreservedly” to residents.
> 12.5m pounds is the largest fine ever imposed on a water company in England for a single site, beating the £11.1m handed to another firm in 2023. The judge said she had considered a higher figure but had taken into account the company’s early guilty plea, which entitled it to a one-third reduction.
> Campaigners welcomed the sentence but said it would make little difference unless it was paid by shareholders rather than bill payers. “Fines come out of the same pot as our water bills, so in the end it is us who pay,” said Dr Rachel Owens, a retired GP from Ludlow who founded the Teme Guardians group in 2022.
> The group has been testing water quality at six locations along the river since 2023. Its latest results, published on its website, temeguardians.example.org, found levels of E. coli downstream of the works up to 40 times higher than the threshold for safe bathing, e.g. 4,100 colony-forming units per 100ml in July 2026.
> Ofwat said it would consider whether further regulatory action was needed. The company’s licence requires it to meet standards set out in its environmental permit (ref. no. EPR/MB3291KT, para. 4.3) and in the Urban Waste Water Treatment Regulations 1994.
> Mercia Water, which supplies 2.1 million customers across the West Midlands, Worcestershire and Shropshire, reported an operating profit of £317m last year and paid £92m in dividends. Its chief executive received a bonus of £410,000, which he has since said he will give to charity.
> The company said in a statement: “We are deeply sorry. What happened at Tenbury Wells was unacceptable. We have learned lessons and we are determined that it will not happen again.” Customers with questions can contact it at customer.care@merciawater.example.co.uk or on 0800 123 4567.
> The Environment Agency said it had 37 other investigations open into water companies in England and that more prosecutions were expected “in the coming months”. Its chief executive, Ms Lorna Whitfield, said: “Today sends a clear message: pollute, and you will pay.”
> Residents of Tenbury Wells say they will believe it when they see it. “We’ve had kids with stomach bugs after swimming, dogs sick, anglers catching nothing for years,” said Tom Baines, 64, who has run a campsite on the riverbank for 30 years. “A fine is a start. Clean water is what we want.”
> The prosecution follows a three-year investigation by the agency’s national water crime unit, set up in 2023 with funding of £4.9m a year. Officers seized laptops, phones and paper records during raids on the company’s headquarters in Kidderminster in March 2026, the first time such powers had been used against a water firm.
> Mercia Water has 28 days to decide whether to appeal against the size of the fine. Its shares, listed in London, fell 2.3% on Thursday afternoon, valuing the company at about £3.4bn.

