#! English round 11 plain articles: invented news, people, places and outlets.

=== en-plain-ferry-aground-carrach
lang: en
outlet: West Coast Mariner
title: Ferry with 312 on board runs aground off Isle of Carrach as coastguard launches major rescue
caption: The MV Eilean Dorcha aground on rocks at the entrance to Port Mhairi harbour.
link: https://example.co.uk/news/ferry-eilean-dorcha-aground-carrach
author: Calum MacInnes
date: 2032-09-03 08:15:00
tags: Ferries, Isle of Carrach, Coastguard, IslaLink
options: crlf
> A ferry carrying 312 passengers and crew ran aground at the entrance to Port Mhairi harbour on the Isle of Carrach last night, prompting one of the largest maritime rescue operations on the west coast in a decade.
> The MV Eilean Dorcha, operated by IslaLink Ferries, struck rocks at about 7.42pm while approaching the pier in a strong south-westerly wind. Nobody was seriously hurt, but 11 people were treated for minor injuries, and a 71-year-old man was airlifted to hospital in Glasgow with a suspected broken hip.
> ‘There was a huge bang and the whole ship shuddered. Cups and plates went flying in the cafeteria,’ said passenger Sarah Lennox-Boyd, 34, from Paisley, who was travelling with her two children. ‘The crew were brilliant. Within minutes everyone had a life jacket on.’
> HM Coastguard said it was alerted at 7.46pm. Lifeboats from Port Mhairi, Tobermory Sound and Ardnish were launched, along with a coastguard helicopter from Prestwick. Passengers were kept on board overnight while the vessel was checked, and began to be taken off by lifeboat at first light, in groups of 20.
> IslaLink said the ship, built in 1998 and carrying 64 vehicles, had ‘taken on a small amount of water in a void space’ but was stable. It is not clear yet whether she will be refloated on the next high tide, due at 1.14pm. A spokesman said an investigation was under way ‘in full co-operation with the Marine Accident Investigation Branch (MAIB)’.
> All sailings to Carrach have been cancelled until at least Friday. Islanders, who depend on the ferry for fresh food and medical supplies, reacted with frustration. ‘This is the fourth time this summer we’ve been cut off, i.e. one week in four without a boat,’ said community councillor Morag Sinclair. ‘Shops are already running low on milk.’
> The Scottish government’s transport minister, Mr Euan Fairbairn, said he would visit the island on Thursday. IslaLink has set up a helpline for relatives on 0800 160 3345 and is answering questions by e-mail at customer.care@islalink-example.co.uk.
> The Eilean Dorcha is one of the oldest vessels in the fleet. Two new ferries ordered in 2027 for £212m are running more than three years late.

=== en-plain-okapi-calf-brockhurst-zoo
lang: en
outlet: Brockhurst Evening Echo
title: ‘A tiny miracle’: first okapi calf born at Brockhurst Zoo in its 90-year history
link: https://example.co.uk/news/brockhurst-zoo-okapi-calf-born
author: Hannah Pryor
date: 2032-08-19 16:30:00
tags: Brockhurst Zoo, Animals, Conservation
options: nocaptionline exit=none
> Keepers at Brockhurst Zoo are celebrating the birth of an okapi calf, the first of its kind to be born at the zoo in its 90-year history.
> The female calf, which has not yet been named, was born in the early hours of Sunday to mother Zuri, 9, after a pregnancy of about 14 months. She weighed 21.5kg at birth and was standing within 30 minutes, keepers said.
> ‘It really is a tiny miracle. We’ve been waiting for this moment for almost three years,’ said head of hoofstock Dr. Rachel Okafor. ‘Okapi are incredibly shy, and first-time mothers can be very nervous, so we watched everything on camera from the keepers’ room and didn’t go in at all.’
> zooCam, the zoo’s live-streaming service, was watched by more than 48,000 people over the weekend after staff posted a short clip of the calf taking her first steps. A viewer in Toronto, Canada, wrote: ‘Watching this at 3 a.m. with a cup of tea. Best thing I’ve seen all year.’
> Okapi, sometimes called ‘forest giraffes’, are found only in the rainforests of the Democratic Republic of Congo. The species is listed as endangered, with fewer than 15,000 thought to remain in the wild. Brockhurst takes part in the European breeding programme (EEP) for the species, which co-ordinates breeding between about 40 zoos.
> The calf’s father, Jabari, arrived from a zoo in the Netherlands in 2030. ‘The match was made on paper, based on genetics... and it worked first time,’ Dr. Okafor said.
> Visitors will not be able to see the calf for several weeks, as okapi calves spend most of their first two months hidden in a nest. The zoo is inviting the public to suggest names until 31 August by e-mail to names@brockhurstzoo-example.org.uk, or through its website, www.brockhurstzoo-example.org.uk.
> The birth comes after a difficult period for the zoo, which was forced to close for 11 weeks during the floods of 2031 and launched an emergency appeal that raised £1.3m.
